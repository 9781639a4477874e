package org.lianxin.region;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/**
 * A node of the administrative region tree (行政区划), identified by its GB/T 2260 code.
 *
 * @param path the codes from the root down to this region, as {@code /210800/210802/}:
 * the subtree of a region is every region whose path starts with its path
 */
public record Region(@Id String code, String name, RegionLevel level, String parentCode, String path, boolean enabled,
		@Version Integer version) {

	/** A new region under {@code parent} ({@code null} for a root). */
	public static Region create(String code, String name, RegionLevel level, Region parent) {
		String path = ((parent != null) ? parent.path() : "/") + code + "/";
		return new Region(code, name, level, (parent != null) ? parent.code() : null, path, true, null);
	}

	Region rename(String newName, boolean nowEnabled) {
		return new Region(this.code, newName, this.level, this.parentCode, this.path, nowEnabled, this.version);
	}

	/** Depth in the tree, 0 for a root. */
	public int depth() {
		return (int) this.path.chars().filter(c -> c == '/').count() - 2;
	}

	/** The leading digits every code below this region starts with (210800 → 2108). */
	public String codePrefixForChildren() {
		String prefix = this.code;
		while (prefix.length() > 2 && prefix.endsWith("00")) {
			prefix = prefix.substring(0, prefix.length() - 2);
		}
		return prefix;
	}

}
