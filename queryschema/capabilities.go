package queryschema

import "github.com/noengine/noengine/schema"

// capability is a connector capability of Prisma's schema language (psl)
// that shapes the query schema.
type capability uint32

const (
	capAdvancedJSONNullability capability = 1 << iota
	capCreateMany
	capCreateManyWriteableAutoIncID
	capCreateSkipDuplicates
	capEnumArrayPush
	capNativeFullTextSearch
	capInsensitiveFilters
	capJSONFilteringJSONPath
	capJSONFilteringArrayPath
	capJSONFilteringAlphanumeric
	capJSONFilteringAlphanumericFieldRef
	capJSONArrayContains
	capScalarLists
	capUpdateableID
	capOrderByNullsFirstLast
	capFilteredInlineChildNestedToOneDisconnect
	capInsertReturning
	capUpdateReturning
	capLateralJoin
	capCorrelatedSubqueries
	capSQLQueryRaw
	capIsolationReadUncommitted
	capIsolationReadCommitted
	capIsolationRepeatableRead
	capIsolationSerializable
	capIsolationSnapshot
)

// capabilitiesOf returns the capabilities of Prisma 7.10's connector for p.
func capabilitiesOf(p schema.Provider) capability {
	common := capCreateMany | capUpdateableID | capOrderByNullsFirstLast |
		capFilteredInlineChildNestedToOneDisconnect | capSQLQueryRaw
	switch p {
	case schema.SQLite:
		return common | capCreateManyWriteableAutoIncID | capInsertReturning | capUpdateReturning |
			capJSONFilteringJSONPath | capAdvancedJSONNullability | capIsolationSerializable
	case schema.PostgreSQL:
		return common | capAdvancedJSONNullability | capCreateManyWriteableAutoIncID | capCreateSkipDuplicates |
			capEnumArrayPush | capNativeFullTextSearch | capInsensitiveFilters | capJSONFilteringArrayPath |
			capJSONFilteringAlphanumeric | capJSONFilteringAlphanumericFieldRef | capJSONArrayContains |
			capScalarLists | capInsertReturning | capUpdateReturning | capLateralJoin |
			capIsolationReadUncommitted | capIsolationReadCommitted | capIsolationRepeatableRead | capIsolationSerializable
	case schema.CockroachDB:
		return common | capAdvancedJSONNullability | capCreateManyWriteableAutoIncID | capCreateSkipDuplicates |
			capInsensitiveFilters | capJSONFilteringArrayPath | capJSONArrayContains | capScalarLists |
			capInsertReturning | capUpdateReturning | capLateralJoin |
			capIsolationSerializable | capIsolationReadCommitted
	case schema.MySQL:
		return common | capCreateManyWriteableAutoIncID | capCreateSkipDuplicates | capEnumArrayPush |
			capJSONFilteringJSONPath | capJSONFilteringAlphanumeric | capJSONArrayContains |
			capAdvancedJSONNullability | capNativeFullTextSearch | capCorrelatedSubqueries |
			capIsolationReadUncommitted | capIsolationReadCommitted | capIsolationRepeatableRead | capIsolationSerializable
	case schema.SQLServer:
		return common | capIsolationReadUncommitted | capIsolationReadCommitted | capIsolationRepeatableRead |
			capIsolationSerializable | capIsolationSnapshot
	case schema.MongoDB:
		return capCreateMany | capInsensitiveFilters | capJSONFilteringJSONPath | capScalarLists |
			capEnumArrayPush | capUpdateableID | capJSONFilteringArrayPath
	}
	return common
}

func (q *QuerySchema) has(c capability) bool { return q.caps&c == c }

// HasPreviewFeature reports whether a generator enables the preview feature.
func HasPreviewFeature(s *schema.Schema, name string) bool {
	for _, g := range s.Generators {
		for _, f := range g.PreviewFeatures {
			if f == name {
				return true
			}
		}
	}
	return false
}
