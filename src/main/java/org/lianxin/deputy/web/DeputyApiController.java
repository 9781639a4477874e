package org.lianxin.deputy.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.lianxin.account.CurrentUser;
import org.lianxin.deputy.DeputyCodes;
import org.lianxin.deputy.internal.DeputyWorkbookImport;
import org.lianxin.deputy.internal.DeputyPermissions;
import org.lianxin.deputy.DeputyQuery;
import org.lianxin.deputy.DeputyList;
import org.lianxin.deputy.DeputyRow;
import org.lianxin.deputy.Gender;
import org.lianxin.platform.web.ApiError;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.region.RegionLevel;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/deputies")
@Tag(name = "Deputies")
class DeputyApiController {

	private final DeputyList deputies;

	private final DeputyCodes codes;

	private final DeputyWorkbookImport imports;

	private final MessageSource messages;

	DeputyApiController(DeputyList deputies, DeputyCodes codes, DeputyWorkbookImport imports, MessageSource messages) {
		this.deputies = deputies;
		this.codes = codes;
		this.imports = imports;
		this.messages = messages;
	}

	@Operation(
			summary = "Import deputies from the Excel template (multipart 'file'); mode all-or-nothing (default) or valid-rows",
			description = "Answers {imported, updated, unchanged, saved, errors:[{row, column, message}]}; an unreadable file answers 400")
	@PostMapping(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAuthority('" + DeputyPermissions.EDIT + "')")
	ResponseEntity<?> importWorkbook(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(name = "file", required = false) MultipartFile file,
			@RequestParam(defaultValue = "all-or-nothing") String mode, Locale locale) throws IOException {
		try {
			return ResponseEntity.ok(WorkbookUploads.run(this.imports, user, file, mode));
		}
		catch (RuleViolationException ex) {
			String message = this.messages.getMessage(ex.messageKey(), ex.arguments(), locale);
			return ResponseEntity.badRequest().body(new ApiError("bad_file", message, Map.of(ex.field(), message)));
		}
	}

	/**
	 * A deputy in the API: the phone only masked, the public code and the page it opens.
	 */
	record DeputyItem(long id, String name, Gender gender, String phoneMasked, String seats, String groups,
			boolean serving, int profileCompleteness, String publicCode, String publicUrl) {
	}

	@Operation(
			summary = "Deputies with a seat within the caller's data scope, by id; X-Has-Next tells whether another page follows")
	@GetMapping
	@PreAuthorize("hasAuthority('" + DeputyPermissions.VIEW + "')")
	ResponseEntity<List<DeputyItem>> list(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) String region, @RequestParam(required = false) RegionLevel level,
			@RequestParam(required = false) Boolean serving, @RequestParam(defaultValue = "") String q,
			@RequestParam(defaultValue = "") String group, @RequestParam(defaultValue = "0") int page,
			@RequestParam(defaultValue = "100") int size) {
		var result = this.deputies.list(user, new DeputyQuery(region, level, serving, q, group, page, size));
		Map<Long, String> publicCodes = this.codes.activeCodes(result.rows().stream().map(DeputyRow::id).toList());
		List<DeputyItem> items = result.rows().stream().map(row -> {
			String code = publicCodes.get(row.id());
			return new DeputyItem(row.id(), row.name(), row.gender(), row.phoneMasked(), row.seats(), row.groups(),
					row.serving(), row.completeness(), code, (code != null) ? this.codes.publicUrl(code) : null);
		}).toList();
		return ResponseEntity.ok().header("X-Has-Next", String.valueOf(result.hasNext())).body(items);
	}

}
