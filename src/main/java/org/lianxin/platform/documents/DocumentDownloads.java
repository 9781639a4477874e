package org.lianxin.platform.documents;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** A generated report as a download, named in Chinese (RFC 5987 encoded). */
public final class DocumentDownloads {

	public static final MediaType DOCX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

	private DocumentDownloads() {
	}

	public static ResponseEntity<byte[]> docx(String filename, byte[] body) {
		return download(filename + ".docx", DOCX, body);
	}

	public static ResponseEntity<byte[]> pdf(String filename, byte[] body) {
		return download(filename + ".pdf", MediaType.APPLICATION_PDF, body);
	}

	private static ResponseEntity<byte[]> download(String filename, MediaType type, byte[] body) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
			.body(body);
	}

}
