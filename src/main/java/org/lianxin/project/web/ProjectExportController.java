package org.lianxin.project.web;

import java.util.List;
import java.util.Locale;

import org.lianxin.account.CurrentUser;
import org.lianxin.platform.excel.SheetForm;
import org.lianxin.platform.excel.XlsxDownloads;
import org.lianxin.project.internal.ProjectPermissions;
import org.lianxin.project.internal.Projects;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The project list as the page shows it (same scope and filters), as a workbook. */
@Controller
@PreAuthorize("hasAuthority('" + ProjectPermissions.VIEW + "')")
class ProjectExportController {

	private static final SheetForm SHEET = new SheetForm("民生实事项目",
			List.of("年度", "项目名称", "类别", "牵头单位", "预算（万元）", "状态", "得票", "进度（%）", "执行情况"), 100_000);

	private final Projects projects;

	private final MessageSource messages;

	ProjectExportController(Projects projects, MessageSource messages) {
		this.projects = projects;
		this.messages = messages;
	}

	@GetMapping("/projects/export")
	ResponseEntity<byte[]> export(@AuthenticationPrincipal CurrentUser user,
			@RequestParam(required = false) String region, @RequestParam(required = false) Integer year,
			Locale locale) {
		List<List<String>> rows = this.projects.list(user, region, year)
			.stream()
			.map(p -> List.of(String.valueOf(p.year()), p.title(), p.category(),
					(p.leadAgency() != null) ? p.leadAgency() : "", p.budget().toPlainString(),
					this.messages.getMessage("project.state." + p.state(), null, locale),
					(p.votes() != null) ? String.valueOf(p.votes()) : "", p.progress().toPlainString(),
					(p.status() != null) ? this.messages.getMessage("project.status." + p.status(), null, locale) : ""))
			.toList();
		return XlsxDownloads.attachment("民生实事项目.xlsx", SHEET.export(rows));
	}

}
