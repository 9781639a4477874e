package org.lianxin.opinion.web;

import jakarta.validation.Valid;

import org.lianxin.opinion.OpinionCategories;
import org.lianxin.opinion.internal.OpinionPermissions;
import org.lianxin.platform.web.FormPages;
import org.lianxin.platform.web.RuleViolationException;
import org.lianxin.platform.web.SmallForms;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The opinion categories for administrators: list, add, edit, disable. */
@Controller
@RequestMapping("/opinion-categories")
class CategoryController {

	private final OpinionCategories categories;

	private final SmallForms forms;

	CategoryController(OpinionCategories categories, SmallForms forms) {
		this.categories = categories;
		this.forms = forms;
	}

	@GetMapping
	@PreAuthorize("hasAuthority('" + OpinionPermissions.CATEGORY_VIEW + "')")
	String list(Model model) {
		model.addAttribute("categories", this.categories.all());
		return "opinion/categories";
	}

	@GetMapping("/new")
	@PreAuthorize("hasAuthority('" + OpinionPermissions.CATEGORY_EDIT + "')")
	String newForm(Model model) {
		return form(new CategoryForm(), null, model);
	}

	@PostMapping
	@PreAuthorize("hasAuthority('" + OpinionPermissions.CATEGORY_EDIT + "')")
	Object create(@Valid @ModelAttribute("form") CategoryForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!result.hasErrors()) {
			try {
				this.categories.create(form.getCode(), form.getName(), form.getDescription(), form.isAllowsAnonymous(),
						form.getSortOrder());
				this.forms.notice(redirect, "category.saved");
				return "redirect:/opinion-categories";
			}
			catch (RuleViolationException ex) {
				FormPages.reject(result, ex);
			}
		}
		return FormPages.rejected(form(form, null, model), model);
	}

	@GetMapping("/{id}/edit")
	@PreAuthorize("hasAuthority('" + OpinionPermissions.CATEGORY_EDIT + "')")
	String editForm(@PathVariable long id, Model model) {
		return form(CategoryForm.of(this.categories.get(id)), id, model);
	}

	@PostMapping("/{id}")
	@PreAuthorize("hasAuthority('" + OpinionPermissions.CATEGORY_EDIT + "')")
	Object update(@PathVariable long id, @Valid @ModelAttribute("form") CategoryForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		form.setCode(this.categories.get(id).code()); // fixed once created
		boolean invalid = result.getFieldErrors().stream().anyMatch(error -> !error.getField().equals("code"));
		if (!invalid) {
			try {
				this.categories.update(id, form.getName(), form.getDescription(), form.isAllowsAnonymous(),
						form.getSortOrder(), form.isEnabled());
				this.forms.notice(redirect, "category.saved");
				return "redirect:/opinion-categories";
			}
			catch (RuleViolationException ex) {
				FormPages.reject(result, ex);
			}
		}
		return FormPages.rejected(form(form, id, model), model);
	}

	private String form(CategoryForm form, Long id, Model model) {
		model.addAttribute("form", form);
		model.addAttribute("categoryId", id);
		return "opinion/category-form";
	}

}
