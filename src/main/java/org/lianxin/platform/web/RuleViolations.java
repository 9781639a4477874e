package org.lianxin.platform.web;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * The rules a request broke, gathered while every field is checked, so that the person
 * filling in a form reads all of them at once. Seen as one violation (the first) by those
 * that show only one.
 */
public final class RuleViolations {

	private final List<RuleViolationException> broken = new ArrayList<>();

	/** Runs a check, keeping what it refuses. */
	public void check(Runnable check) {
		get(() -> {
			check.run();
			return null;
		});
	}

	/** What the lookup finds, or {@code null} when it refuses, keeping the refusal. */
	public <T> T get(Supplier<T> lookup) {
		try {
			return lookup.get();
		}
		catch (RuleViolationException ex) {
			this.broken.addAll(ex.each());
			return null;
		}
	}

	public boolean any() {
		return !this.broken.isEmpty();
	}

	/** Refuses the request with every rule it broke, if it broke any. */
	public void throwIfAny() {
		if (any()) {
			throw new Several(this.broken);
		}
	}

	/** Several broken rules at once; the first stands for all where only one is shown. */
	static final class Several extends RuleViolationException {

		private final transient List<RuleViolationException> all;

		Several(List<RuleViolationException> all) {
			super(all.get(0).field(), all.get(0).messageKey(), all.get(0).arguments());
			this.all = List.copyOf(all);
		}

		@Override
		public List<RuleViolationException> each() {
			return this.all;
		}

	}

}
