package org.lianxin.project.internal;

import java.util.ArrayList;
import java.util.List;

import org.lianxin.platform.files.FileStore;
import org.lianxin.platform.files.Images;
import org.lianxin.platform.web.NotFoundException;
import org.lianxin.platform.web.RuleViolationException;

import org.springframework.stereotype.Component;

/**
 * Photos of site visits and of milestones reached: cleaned first (the bytes must be a
 * JPEG or PNG, whatever the name says, and are re-encoded without metadata), outside any
 * transaction since that takes a moment; put in the file store only once the rest of the
 * form has passed, and taken out again if saving fails after all.
 */
@Component
class ProjectPhotos {

	static final int MOST = 4;

	private final FileStore files;

	ProjectPhotos(FileStore files) {
		this.files = files;
	}

	/**
	 * The cleaned photos; refused as a whole if there are too many or one is no photo.
	 */
	List<byte[]> cleaned(List<byte[]> uploads) {
		if (uploads.size() > MOST) {
			throw new RuleViolationException("photos", "project.photos.too-many", MOST);
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

	/** Keeps the photos and runs the save; a failed save leaves no photo behind. */
	<T> T keptWhile(List<byte[]> cleaned, java.util.function.Function<List<String>, T> save) {
		return this.files.keptWhile(cleaned, "jpg", save);
	}

	byte[] read(String key) {
		return this.files.get(key).orElseThrow(() -> new NotFoundException("photo " + key));
	}

}
