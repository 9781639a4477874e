package org.lianxin.account.web;

import java.time.OffsetDateTime;
import java.util.List;

import org.lianxin.account.internal.AccountPermissions;
import org.lianxin.platform.web.Paging;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The operation log for administrators: newest first, filtered by user or action. */
@Controller
class OperationLogController {

	static final int PAGE_SIZE = 50;

	private final JdbcClient jdbc;

	OperationLogController(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	record Entry(long id, OffsetDateTime occurredAt, String username, String action, String target, String detail,
			String remoteAddress) {
	}

	@GetMapping("/admin/operation-log")
	@PreAuthorize("hasAuthority('" + AccountPermissions.LOG_VIEW + "')")
	String list(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String action,
			@RequestParam(defaultValue = "0") int page, Model model) {
		int safePage = Math.max(page, 0);
		List<Entry> entries = this.jdbc.sql("""
				select * from operation_log
				where (:username = '' or username = :username) and (:action = '' or action like :action || '%')
				order by id desc limit :limit offset :offset""")
			.param("username", username.strip().toLowerCase())
			.param("action", action.strip())
			.param("limit", PAGE_SIZE + 1)
			.param("offset", Paging.offset(safePage, PAGE_SIZE))
			.query(Entry.class)
			.list();
		model.addAttribute("entries", entries.stream().limit(PAGE_SIZE).toList());
		model.addAttribute("hasNext", entries.size() > PAGE_SIZE);
		model.addAttribute("page", safePage);
		model.addAttribute("username", username);
		model.addAttribute("action", action);
		return "account/operation-log";
	}

}
