package org.lianxin.platform.web;

import org.lianxin.platform.files.UploadLimits;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * The upload limits on every page, for the script that checks a chosen photo in the
 * browser before anything is sent (static/js/upload-check.js): the page layouts carry
 * them in meta tags.
 */
@ControllerAdvice
class UploadLimitsOnPages {

	private static final Limits LIMITS = new Limits(UploadLimits.MAX_FILE_BYTES, UploadLimits.MAX_FILE_MEGABYTES,
			UploadLimits.MAX_FILES);

	public record Limits(long maxFileBytes, int maxFileMegabytes, int maxFiles) {

	}

	@ModelAttribute("uploadLimits")
	Limits uploadLimits() {
		return LIMITS;
	}

}
