package org.lianxin.region.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.lianxin.region.Region;
import org.lianxin.region.RegionLevel;

/** The region create/edit form; code, level and parent are fixed once created. */
public class RegionForm {

	@NotBlank
	@Pattern(regexp = "\\d{6,12}", message = "{region.code.format}")
	private String code;

	@NotBlank
	@Size(max = 64)
	private String name;

	@NotNull
	private RegionLevel level;

	private String parentCode;

	private boolean enabled = true;

	static RegionForm of(Region region) {
		RegionForm form = new RegionForm();
		form.code = region.code();
		form.name = region.name();
		form.level = region.level();
		form.parentCode = region.parentCode();
		form.enabled = region.enabled();
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

	public RegionLevel getLevel() {
		return this.level;
	}

	public void setLevel(RegionLevel level) {
		this.level = level;
	}

	public String getParentCode() {
		return this.parentCode;
	}

	public void setParentCode(String parentCode) {
		this.parentCode = parentCode;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

}
