package org.lianxin.account;

import java.io.Serializable;
import java.util.Map;

/**
 * The rows a staff user may see, as SQL. Every module that lists scoped data asks this
 * one class for its filter, so the rule lives in one place and is tested once per scope
 * level.
 */
public record DataScope(DataScopeKind kind, long userId, String regionCode, String regionPath,
		Long agencyId) implements Serializable {

	public DataScope {
		if (regionPath != null && !regionPath.matches("[/0-9]+")) {
			throw new IllegalArgumentException("not a region path: " + regionPath);
		}
	}

	/**
	 * The condition for rows of a table whose region, agency and owner live in the named
	 * columns. A column may be {@code null} where the table has no such notion; a scope
	 * that needs it then sees nothing.
	 * @param regionColumn the column holding the row's region code
	 * @param agencyColumn the column holding the row's agency id
	 * @param ownerColumn the column holding the id of the staff user who owns the row
	 */
	public SqlCondition restrict(String regionColumn, String agencyColumn, String ownerColumn) {
		return switch (this.kind) {
			case ALL -> new SqlCondition("true", Map.of());
			case REGION_AND_BELOW ->
				when(regionColumn, c -> c + " in (select code from region_view where path like :scopeRegionPath)",
						Map.of("scopeRegionPath", this.regionPath + "%"));
			case OWN_REGION ->
				when(regionColumn, c -> c + " = :scopeRegionCode", Map.of("scopeRegionCode", this.regionCode));
			case OWN_AGENCY -> (this.agencyId == null) ? nothing()
					: when(agencyColumn, c -> c + " = :scopeAgencyId", Map.of("scopeAgencyId", this.agencyId));
			case OWN_RECORDS, OWN_GROUPS ->
				when(ownerColumn, c -> c + " = :scopeUserId", Map.of("scopeUserId", this.userId));
		};
	}

	/**
	 * Whether a record placed in the given region falls inside this scope, as far as
	 * region goes (agency- and owner-bound scopes cover no region as a whole).
	 */
	public boolean coversRegion(String code, String path) {
		return switch (this.kind) {
			case ALL -> true;
			case REGION_AND_BELOW -> path != null && path.startsWith(this.regionPath);
			case OWN_REGION -> this.regionCode.equals(code);
			case OWN_AGENCY, OWN_RECORDS, OWN_GROUPS -> false;
		};
	}

	private static SqlCondition when(String column, java.util.function.UnaryOperator<String> sql,
			Map<String, Object> params) {
		return (column == null) ? nothing() : new SqlCondition(sql.apply(column), params);
	}

	private static SqlCondition nothing() {
		return new SqlCondition("false", Map.of());
	}

}
