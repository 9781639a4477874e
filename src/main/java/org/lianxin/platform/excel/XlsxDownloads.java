package org.lianxin.platform.excel;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A workbook as a download, with its Chinese file name intact in every browser. */
public final class XlsxDownloads {

	public static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private XlsxDownloads() {
	}

	public static ResponseEntity<byte[]> attachment(String filename, byte[] content) {
		return ResponseEntity.ok()
			.contentType(XLSX)
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition(filename))
			.body(content);
	}

	/** The Content-Disposition of a download by this name. */
	static String disposition(String filename) {
		return ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString();
	}

}
