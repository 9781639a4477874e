package org.lianxin.account.web;

import java.time.Clock;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;

import org.lianxin.account.internal.AccountPermissions;
import org.lianxin.account.CurrentUser;
import org.lianxin.account.OperationLog;
import org.lianxin.account.internal.LoginThrottle;
import org.lianxin.account.DataScopeKind;
import org.lianxin.account.NewStaffUser;
import org.lianxin.account.SqlCondition;
import org.lianxin.account.StaffAccounts;
import org.lianxin.platform.web.FormPages;
import org.lianxin.platform.web.NotFoundException;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.platform.web.SmallForms;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Staff accounts: the ones the signed-in user may see under their scope, and changes to
 * them.
 */
@Controller
@RequestMapping("/admin/users")
class UserController {

	private final JdbcClient jdbc;

	private final StaffAccounts accounts;

	private final SmallForms forms;

	private final LoginThrottle logins;

	private final OperationLog log;

	private final Clock clock;

	UserController(JdbcClient jdbc, StaffAccounts accounts, SmallForms forms, LoginThrottle logins, OperationLog log,
			Clock clock) {
		this.jdbc = jdbc;
		this.logins = logins;
		this.log = log;
		this.clock = clock;
		this.accounts = accounts;
		this.forms = forms;
	}

	record Row(long id, String username, String displayName, String regionName, String agencyName, String dataScope,
			String roles, boolean enabled, boolean demoPassword) {
	}

	/** Wrong sign-ins from one address lately; {@code waitUntil} if it must wait. */
	record SignInCount(String client, int attempts, String waitUntil, String lastAttempt) {
	}

	/** A region or agency the user may pick, indented by depth. */
	record Choice(String value, String label) {
	}

	@GetMapping
	@PreAuthorize("hasAuthority('" + AccountPermissions.USER_VIEW + "')")
	String list(@AuthenticationPrincipal CurrentUser user, Model model) {
		SqlCondition scope = user.scope().restrict("u.region_code", "u.agency_id", "u.id");
		List<Row> rows = this.jdbc
			.sql("""
					select u.id, u.username, u.display_name, r.name as region_name, a.name as agency_name, u.data_scope,
					       (select string_agg(ro.name, '、' order by ro.code) from user_role ur join role ro on ro.id = ur.role_id
					        where ur.user_id = u.id) as roles,
					       u.enabled, u.demo_password
					from staff_user u join region_view r on r.code = u.region_code left join agency_view a on a.id = u.agency_id
					where %s order by r.path, u.username limit 500"""
				.formatted(scope.sql()))
			.params(scope.params())
			.query(Row.class)
			.list();
		model.addAttribute("users", rows);
		return "account/users";
	}

	@GetMapping("/new")
	@PreAuthorize("hasAuthority('" + AccountPermissions.USER_EDIT + "')")
	String newForm(@AuthenticationPrincipal CurrentUser user, Model model) {
		UserForm form = new UserForm();
		form.setRegionCode(user.regionCode());
		form.setDataScope(DataScopeKind.OWN_REGION);
		return form(user, form, null, model);
	}

	@PostMapping
	@PreAuthorize("hasAuthority('" + AccountPermissions.USER_EDIT + "')")
	Object create(@AuthenticationPrincipal CurrentUser user, @Valid @ModelAttribute("form") UserForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (form.getPassword() == null || form.getPassword().isBlank()) {
			result.rejectValue("password", "user.password.required");
		}
		if (!result.hasErrors()) {
			try {
				this.accounts.create(user,
						new NewStaffUser(form.getUsername(), form.getDisplayName().strip(), form.getRegionCode(),
								form.getAgencyId(), form.getDataScope(), Set.copyOf(form.getRoleCodes())),
						form.getPassword());
				this.forms.notice(redirect, "user.saved");
				return "redirect:/admin/users";
			}
			catch (RuleViolationException ex) {
				FormPages.reject(result, ex);
			}
		}
		return FormPages.rejected(form(user, form, null, model), model);
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize("hasAuthority('" + AccountPermissions.USER_EDIT + "')")
	String editForm(@AuthenticationPrincipal CurrentUser user, @PathVariable long id, Model model) {
		var existing = this.accounts.findUser(user, id).orElseThrow(() -> new NotFoundException("user " + id));
		return form(user, UserForm.of(existing), id, model);
	}

	@PostMapping("/{id}")
	@PreAuthorize("hasAuthority('" + AccountPermissions.USER_EDIT + "')")
	Object update(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			@Valid @ModelAttribute("form") UserForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		var existing = this.accounts.findUser(user, id).orElseThrow(() -> new NotFoundException("user " + id));
		form.setUsername(existing.username()); // fixed once created
		boolean invalid = result.getFieldErrors().stream().anyMatch(error -> !error.getField().equals("username"));
		if (!invalid) {
			try {
				this.accounts.update(user, id, form.getDisplayName(), form.getRegionCode(), form.getAgencyId(),
						form.getDataScope(), form.isEnabled(), Set.copyOf(form.getRoleCodes()), form.getPassword());
				this.forms.notice(redirect, "user.saved");
				return "redirect:/admin/users";
			}
			catch (RuleViolationException ex) {
				FormPages.reject(result, ex);
			}
		}
		return FormPages.rejected(form(user, form, id, model), model);
	}

	/** Lets every address try the user's name again at once (the user phoned in). */
	@PostMapping("/{id}/sign-in-waits/clear")
	@PreAuthorize("hasAuthority('" + AccountPermissions.USER_EDIT + "')")
	String clearSignInWaits(@AuthenticationPrincipal CurrentUser user, @PathVariable long id,
			RedirectAttributes redirect) {
		var existing = this.accounts.findUser(user, id).orElseThrow(() -> new NotFoundException("user " + id));
		int cleared = this.logins.clear(existing.username());
		this.log.record("account.user.sign-in-waits.clear", "user " + existing.username(),
				cleared + " address(es) cleared");
		this.forms.notice(redirect, "user.sign-in-waits.cleared");
		return "redirect:/admin/users/" + id + "/edit";
	}

	private String form(CurrentUser user, UserForm form, Long id, Model model) {
		if (id != null) {
			var now = this.clock.instant();
			var time = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
				.withZone(this.clock.getZone());
			model.addAttribute("signInCounts",
					this.logins.counts(form.getUsername())
						.stream()
						.map(count -> new SignInCount(count.client(), count.attempts(),
								count.blocked(now) ? time.format(count.blockedUntil()) : null,
								time.format(count.lastAttemptAt())))
						.toList());
		}
		SqlCondition regions = user.scope().restrict("r.code", null, null);
		if (!user.scope().kind().regionBound()) {
			regions = new SqlCondition("false", java.util.Map.of());
		}
		model.addAttribute("form", form);
		model.addAttribute("userId", id);
		model.addAttribute("regions",
				this.jdbc
					.sql("""
							select code as value, repeat('　', array_length(string_to_array(trim(both '/' from path), '/'), 1) - 1) || name as label
							from region_view r where %s order by path"""
						.formatted(regions.sql()))
					.params(regions.params())
					.query(Choice.class)
					.list());
		SqlCondition agencies = user.scope().restrict("a.region_code", "a.id", "a.created_by");
		model.addAttribute("agencies",
				this.jdbc
					.sql("""
							select cast(a.id as text) as value, a.name || '（' || r.name || '）' as label
							from agency_view a join region_view r on r.code = a.region_code where a.enabled and %s order by r.path, a.id"""
						.formatted(agencies.sql()))
					.params(agencies.params())
					.query(Choice.class)
					.list());
		model.addAttribute("roles", this.accounts.roles());
		model.addAttribute("scopes", DataScopeKind.values());
		return "account/user-form";
	}

}
