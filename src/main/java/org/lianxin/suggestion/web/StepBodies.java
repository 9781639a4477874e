package org.lianxin.suggestion.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.lianxin.opinion.ResultClass;
import org.lianxin.opinion.Satisfaction;
import org.lianxin.suggestion.internal.ContactMode;

/** What each step of the API takes: a missing or oversized field answers 400. */
final class StepBodies {

	private StepBodies() {
	}

	record Reason(@NotBlank @Size(max = 1000) String reason) {
	}

	record Note(@Size(max = 1000) String note) {
	}

	record Decision(@NotNull Boolean approved, @Size(max = 1000) String note) {
	}

	record Assign(@NotNull Long leadAgencyId, Set<Long> coAgencyIds) {
	}

	record Leader(@NotBlank @Size(max = 64) String leader) {
	}

	record Merge(@NotNull Long into, @Size(max = 1000) String note) {
	}

	record View(@NotBlank @Size(max = 5000) String view) {
	}

	record Contact(@NotNull ContactMode mode, @NotBlank @Size(max = 1000) String note) {
	}

	record Extend(@NotNull @Min(1) @Max(3) Integer months, @NotBlank @Size(max = 1000) String explanation) {
	}

	record Item(@NotBlank @Size(max = 1000) String text, @NotNull LocalDate dueOn) {
	}

	record ReplyBody(@NotNull ResultClass resultClass, @NotBlank @Size(max = 5000) String text,
			@NotBlank @Size(max = 64) String signatory, Boolean publish, List<@Valid Item> items) {
	}

	record Rating(@NotNull Satisfaction handling, @NotNull Satisfaction result) {
	}

	record Report(@NotNull Boolean done, @NotBlank @Size(max = 1000) String note, LocalDate newDueOn) {
	}

	record Kept(@NotNull Boolean kept) {
	}

}
