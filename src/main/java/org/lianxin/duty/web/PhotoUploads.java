package org.lianxin.duty.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.web.multipart.MultipartFile;

/**
 * Evidence photos as the form or an API client uploads them, for
 * {@link org.lianxin.duty.DutyRecords#create}, which checks and cleans them.
 */
final class PhotoUploads {

	private PhotoUploads() {
	}

	/**
	 * The bytes of the files sent, leaving out the empty part a browser sends for a file
	 * input left blank.
	 */
	static List<byte[]> bytesOf(List<MultipartFile> uploads) throws IOException {
		List<byte[]> photos = new ArrayList<>();
		if (uploads != null) {
			for (MultipartFile upload : uploads) {
				if (upload != null && !upload.isEmpty()) {
					photos.add(upload.getBytes());
				}
			}
		}
		return photos;
	}

}
