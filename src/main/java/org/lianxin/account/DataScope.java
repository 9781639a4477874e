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
	 * As {@link #restrict}, for a table whose rows also belong to the people they name (a
	 * duty record names deputies): under {@link DataScopeKind#OWN_RECORDS} and
	 * {@link DataScopeKind#OWN_GROUPS} a row is seen when its id is among those
	 * {@code rowsOfUser} selects, so that the module says which rows name the user (or
	 * the people they look after) while the scope stays decided here.
	 * @param regionColumn the column holding the row's region code
	 * @param idColumn the column holding the row's id
	 * @param rowsOfUser SQL from code constants selecting the ids of the rows that name
	 * the user or the people they look after, or that they own, for the parameter
	 * {@code :scopeUserId}
	 */
	public SqlCondition restrictToNamed(String regionColumn, String idColumn, String rowsOfUser) {
		return switch (this.kind) {
			case OWN_RECORDS, OWN_GROUPS ->
				new SqlCondition(idColumn + " in (" + rowsOfUser + ")", Map.of("scopeUserId", this.userId));
			default -> restrict(regionColumn, null, null);
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
