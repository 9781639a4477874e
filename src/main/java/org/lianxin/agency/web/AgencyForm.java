package org.lianxin.agency.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.lianxin.agency.AgencyKind;
import org.lianxin.agency.AgencyView;

/** The agency create/edit form; code and region are fixed once created. */
public class AgencyForm {

	@NotBlank
	@Pattern(regexp = "[A-Za-z0-9-]{2,32}", message = "{agency.code.format}")
	private String code;

	@NotBlank
	@Size(max = 128)
	private String name;

	@NotNull
	private AgencyKind kind;

	@NotBlank
	private String regionCode;

	@Pattern(regexp = "^$|[0-9+\\- ]{5,32}", message = "{agency.phone.format}")
	private String contactPhone;

	private boolean enabled = true;

	static AgencyForm of(AgencyView agency) {
		AgencyForm form = new AgencyForm();
		form.code = agency.code();
		form.name = agency.name();
		form.kind = agency.kind();
		form.regionCode = agency.regionCode();
		form.contactPhone = agency.contactPhone();
		form.enabled = agency.enabled();
		return form;
	}

	public String getCode() {
		return this.code;
	}

	public void setCode(String code) {
		this.code = code;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

	public AgencyKind getKind() {
		return this.kind;
	}

	public void setKind(AgencyKind kind) {
		this.kind = kind;
	}

	public String getRegionCode() {
		return this.regionCode;
	}

	public void setRegionCode(String regionCode) {
		this.regionCode = regionCode;
	}

	public String getContactPhone() {
		return this.contactPhone;
	}

	public void setContactPhone(String contactPhone) {
		this.contactPhone = contactPhone;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

}
