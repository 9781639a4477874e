package org.lianxin.workday.web;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;

import org.lianxin.workday.internal.DayKind;

/** One day of the calendar that differs from the Monday-to-Friday rule. */
public class ExceptionForm {

	@NotNull
	@DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
	private LocalDate day;

	@NotNull
	private DayKind kind;

	@NotBlank
	@Size(max = 32)
	private String name;

	public LocalDate getDay() {
		return this.day;
	}

	public void setDay(LocalDate day) {
		this.day = day;
	}

	public DayKind getKind() {
		return this.kind;
	}

	public void setKind(DayKind kind) {
		this.kind = kind;
	}

	public String getName() {
		return this.name;
	}

	public void setName(String name) {
		this.name = name;
	}

}
