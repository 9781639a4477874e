package org.lianxin.platform.files;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.lianxin.platform.web.RuleViolationException;

import org.springframework.web.multipart.MultipartFile;

/**
 * Files as a form or an API client uploads them. A file over
 * {@link UploadLimits#MAX_FILE_BYTES} is refused by its size alone, before its bytes are
 * read into memory, with a message on the form's field.
 */
public final class UploadedFiles {

	private UploadedFiles() {
	}

	/**
	 * The bytes of the files sent, leaving out the empty part a browser sends for a file
	 * input left blank.
	 * @param field the form field a refusal is shown on
	 * @param tooLargeKey the message for a file over the limit (it gets the limit in MB)
	 */
	public static List<byte[]> bytesOf(List<MultipartFile> uploads, String field, String tooLargeKey)
			throws IOException {
		List<byte[]> files = new ArrayList<>();
		if (uploads != null) {
			for (MultipartFile upload : uploads) {
				if (upload != null && !upload.isEmpty()) {
					files.add(bytesOf(upload, field, tooLargeKey));
				}
			}
		}
		return files;
	}

	/** The bytes of one file; empty when none was sent. */
	public static byte[] bytesOf(MultipartFile upload, String field, String tooLargeKey) throws IOException {
		if (upload == null || upload.isEmpty()) {
			return new byte[0];
		}
		if (upload.getSize() > UploadLimits.MAX_FILE_BYTES) {
			throw new RuleViolationException(field, tooLargeKey, UploadLimits.MAX_FILE_MEGABYTES);
		}
		return upload.getBytes();
	}

}
