/**
 * Technical ground every business module stands on: the embedded PostgreSQL, the web
 * shell (layouts, navigation, error pages, locale) and the JSON error format. Holds no
 * business rules.
 * <p>
 * Published view: {@code history_anchor_chain_view} — the daily anchors' own hash chain,
 * read by the history check like the modules' chains.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform",
		type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.lianxin.platform;
