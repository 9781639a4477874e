package org.lianxin.oversight.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.lianxin.platform.files.FileStore;
import org.lianxin.platform.files.Images;
import org.lianxin.platform.web.RuleViolationException;

import org.springframework.stereotype.Component;

/**
 * Photos of findings and of rectifications, re-encoded so that nothing but the picture
 * survives, and kept in the file store. Done before the item's transaction opens:
 * cleaning a photo takes a moment.
 */
@Component
class IssuePhotos {

	static final int MAX_PHOTOS = 4;

	private final FileStore files;

	IssuePhotos(FileStore files) {
		this.files = files;
	}

	/**
	 * Cleans and stores the photos, then runs the save that refers to them; a refused or
	 * failed save leaves no photo behind. Refused as a whole if one is not a photo.
	 */
	<T> T keptWhile(List<byte[]> uploads, Function<List<String>, T> save) {
		return this.files.keptWhile(cleaned(uploads), "jpg", save);
	}

	private static List<byte[]> cleaned(List<byte[]> uploads) {
		if (uploads.size() > MAX_PHOTOS) {
			throw new RuleViolationException("photos", "oversight.photos.too-many", MAX_PHOTOS);
		}
		List<byte[]> cleaned = new ArrayList<>();
		for (byte[] upload : uploads) {
			try {
				cleaned.add(Images.cleanPhoto(upload));
			}
			catch (Images.RejectedImage ex) {
				throw new RuleViolationException("photos", ex.messageKey(), ex.arguments());
			}
		}
		return cleaned;
	}

	byte[] read(String key) {
		return this.files.get(key).orElseThrow(() -> new org.lianxin.platform.web.NotFoundException("photo " + key));
	}

}
