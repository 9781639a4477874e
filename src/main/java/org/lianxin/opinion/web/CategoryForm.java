package org.lianxin.opinion.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.lianxin.opinion.OpinionCategory;

/** The category create/edit form; the code is fixed once created. */
public class CategoryForm {

	@NotBlank
	@Pattern(regexp = "[A-Z][A-Z0-9_]{1,31}", message = "{category.code.format}")
	private String code;

	@NotBlank
	@Size(max = 64)
	private String name;

	@Size(max = 500)
	private String description;

	private boolean allowsAnonymous;

	@NotNull
	@Min(0)
	@Max(9999)
	private Integer sortOrder = 100;

	private boolean enabled = true;

	static CategoryForm of(OpinionCategory category) {
		CategoryForm form = new CategoryForm();
		form.code = category.code();
		form.name = category.name();
		form.description = category.description();
		form.allowsAnonymous = category.allowsAnonymous();
		form.sortOrder = category.sortOrder();
		form.enabled = category.enabled();
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

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public boolean isAllowsAnonymous() {
		return this.allowsAnonymous;
	}

	public void setAllowsAnonymous(boolean allowsAnonymous) {
		this.allowsAnonymous = allowsAnonymous;
	}

	public Integer getSortOrder() {
		return this.sortOrder;
	}

	public void setSortOrder(Integer sortOrder) {
		this.sortOrder = sortOrder;
	}

	public boolean isEnabled() {
		return this.enabled;
	}

	public void setEnabled(boolean enabled) {
		this.enabled = enabled;
	}

}
