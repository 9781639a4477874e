package org.lianxin.account.web;

import java.util.HashSet;
import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.lianxin.account.DataScopeKind;
import org.lianxin.account.internal.StaffUserView;

/** Create or edit a staff account; the username is fixed once created. */
public class UserForm {

	@NotBlank
	@Pattern(regexp = "[a-zA-Z0-9._-]{3,64}", message = "{user.username.format}")
	private String username;

	@NotBlank
	@Size(max = 64)
	private String displayName;

	@NotBlank
	private String regionCode;

	private Long agencyId;

	@NotNull
	private DataScopeKind dataScope;

	private Set<String> roleCodes = new HashSet<>();

	private boolean enabled = true;

	/** Required for a new account; on edit, a new password resets it. */
	@Size(max = 72)
	private String password;

	static UserForm of(StaffUserView user) {
		UserForm form = new UserForm();
		form.username = user.username();
		form.displayName = user.displayName();
		form.regionCode = user.regionCode();
		form.agencyId = user.agencyId();
		form.dataScope = user.dataScope();
		form.roleCodes = new HashSet<>(user.roles());
		form.enabled = user.enabled();
		return form;
	}

	public String getUsername() {
		return this.username;
	}

	public void setUsername(String username) {
		this.username = username;
	}

	public String getDisplayName() {
		return this.displayName;
	}

	public void setDisplayName(String displayName) {
		this.displayName = displayName;
	}

	public String getRegionCode() {
		return this.regionCode;
	}

	public void setRegionCode(String regionCode) {
		this.regionCode = regionCode;
	}

	public Long getAgencyId() {
		return this.agencyId;
	}

	public void setAgencyId(Long agencyId) {
		this.agencyId = agencyId;
	}

	public DataScopeKind getDataScope() {
		return this.dataScope;
	}

	public void setDataScope(DataScopeKind dataScope) {
		this.dataScope = dataScope;
	}

	public Set<String> getRoleCodes() {
		return this.roleCodes;
	}

	public void setRoleCodes(Set<String> roleCodes) {
		this.roleCodes = (roleCodes != null) ? roleCodes : new HashSet<>();
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

	public String getPassword() {
		return this.password;
	}

	public void setPassword(String password) {
		this.password = password;
	}

}
