package pgadapter

import (
	"github.com/noengine/noengine/adapter"
)

// Built-in type OIDs this package knows (pg_type.dat).
const (
	oidBool        = 16
	oidBytea       = 17
	oidChar        = 18
	oidName        = 19
	oidInt8        = 20
	oidInt2        = 21
	oidInt4        = 23
	oidText        = 25
	oidOID         = 26
	oidJSON        = 114
	oidXML         = 142
	oidXMLArray    = 143
	oidJSONArray   = 199
	oidCIDR        = 650
	oidCIDRArray   = 651
	oidFloat4      = 700
	oidFloat8      = 701
	oidMoney       = 790
	oidMoneyArray  = 791
	oidInet        = 869
	oidBoolArray   = 1000
	oidByteaArray  = 1001
	oidCharArray   = 1002
	oidInt2Array   = 1005
	oidInt4Array   = 1007
	oidTextArray   = 1009
	oidBPCharArray = 1014
	oidVarcharArr  = 1015
	oidInt8Array   = 1016
	oidFloat4Array = 1021
	oidFloat8Array = 1022
	oidOIDArray    = 1028
	oidInetArray   = 1041
	oidBPChar      = 1042
	oidVarchar     = 1043
	oidDate        = 1082
	oidTime        = 1083
	oidTimestamp   = 1114
	oidTSArray     = 1115
	oidDateArray   = 1182
	oidTimeArray   = 1183
	oidTimestampTZ = 1184
	oidTSTZArray   = 1185
	oidNumArray    = 1231
	oidTimeTZ      = 1266
	oidBit         = 1560
	oidBitArray    = 1561
	oidVarbit      = 1562
	oidVarbitArray = 1563
	oidNumeric     = 1700
	oidUUID        = 2950
	oidUUIDArray   = 2951
	oidJSONB       = 3802
	oidJSONBArray  = 3807

	// firstNormalOID is the first OID PostgreSQL assigns to user objects
	// (enums, domains, extension types).
	firstNormalOID = 16384
)

// columnTypes maps built-in OIDs to Prisma's column types, exactly as
// @prisma/adapter-pg's fieldToColumnType does. OIDs >= 16384 are Text; any
// other OID is an unsupported native type.
var columnTypes = map[uint32]adapter.ColumnType{
	oidInt2:        adapter.TypeInt32,
	oidInt4:        adapter.TypeInt32,
	oidInt8:        adapter.TypeInt64,
	oidOID:         adapter.TypeInt64,
	oidFloat4:      adapter.TypeFloat,
	oidFloat8:      adapter.TypeDouble,
	oidBool:        adapter.TypeBoolean,
	oidDate:        adapter.TypeDate,
	oidTime:        adapter.TypeTime,
	oidTimeTZ:      adapter.TypeTime,
	oidTimestamp:   adapter.TypeDateTime,
	oidTimestampTZ: adapter.TypeDateTime,
	oidNumeric:     adapter.TypeNumeric,
	oidMoney:       adapter.TypeNumeric,
	oidJSON:        adapter.TypeJSON,
	oidJSONB:       adapter.TypeJSON,
	oidUUID:        adapter.TypeUUID,
	oidBPChar:      adapter.TypeText,
	oidText:        adapter.TypeText,
	oidVarchar:     adapter.TypeText,
	oidBit:         adapter.TypeText,
	oidVarbit:      adapter.TypeText,
	oidInet:        adapter.TypeText,
	oidCIDR:        adapter.TypeText,
	oidXML:         adapter.TypeText,
	oidName:        adapter.TypeText,
	oidBytea:       adapter.TypeBytes,

	oidInt2Array:   adapter.TypeInt32Array,
	oidInt4Array:   adapter.TypeInt32Array,
	oidFloat4Array: adapter.TypeFloatArray,
	oidFloat8Array: adapter.TypeDoubleArray,
	oidNumArray:    adapter.TypeNumericArray,
	oidMoneyArray:  adapter.TypeNumericArray,
	oidBoolArray:   adapter.TypeBooleanArray,
	oidCharArray:   adapter.TypeCharacterArray,
	oidBPCharArray: adapter.TypeTextArray,
	oidTextArray:   adapter.TypeTextArray,
	oidVarcharArr:  adapter.TypeTextArray,
	oidVarbitArray: adapter.TypeTextArray,
	oidBitArray:    adapter.TypeTextArray,
	oidInetArray:   adapter.TypeTextArray,
	oidCIDRArray:   adapter.TypeTextArray,
	oidXMLArray:    adapter.TypeTextArray,
	oidDateArray:   adapter.TypeDateArray,
	oidTimeArray:   adapter.TypeTimeArray,
	oidTSArray:     adapter.TypeDateTimeArray,
	oidTSTZArray:   adapter.TypeDateTimeArray,
	oidJSONArray:   adapter.TypeJSONArray,
	oidJSONBArray:  adapter.TypeJSONArray,
	oidByteaArray:  adapter.TypeBytesArray,
	oidUUIDArray:   adapter.TypeUUIDArray,
	oidInt8Array:   adapter.TypeInt64Array,
	oidOIDArray:    adapter.TypeInt64Array,
}

// arrayElem maps an array OID to its element OID.
var arrayElem = map[uint32]uint32{
	oidInt2Array:   oidInt2,
	oidInt4Array:   oidInt4,
	oidInt8Array:   oidInt8,
	oidOIDArray:    oidOID,
	oidFloat4Array: oidFloat4,
	oidFloat8Array: oidFloat8,
	oidNumArray:    oidNumeric,
	oidMoneyArray:  oidMoney,
	oidBoolArray:   oidBool,
	oidCharArray:   oidChar,
	oidBPCharArray: oidBPChar,
	oidTextArray:   oidText,
	oidVarcharArr:  oidVarchar,
	oidVarbitArray: oidVarbit,
	oidBitArray:    oidBit,
	oidInetArray:   oidInet,
	oidCIDRArray:   oidCIDR,
	oidXMLArray:    oidXML,
	oidDateArray:   oidDate,
	oidTimeArray:   oidTime,
	oidTSArray:     oidTimestamp,
	oidTSTZArray:   oidTimestampTZ,
	oidJSONArray:   oidJSON,
	oidJSONBArray:  oidJSONB,
	oidByteaArray:  oidBytea,
	oidUUIDArray:   oidUUID,
}

// binaryOIDs are the types whose binary representation this package decodes;
// results of every other type are requested as text. Scalars and arrays of
// them alike.
var binaryOIDs = func() map[uint32]int16 {
	m := map[uint32]int16{}
	for _, oid := range []uint32{
		oidBool, oidBytea, oidName, oidInt8, oidInt2, oidInt4, oidText, oidOID, oidJSON,
		oidFloat4, oidFloat8, oidMoney, oidBPChar, oidVarchar, oidDate, oidTime, oidTimestamp,
		oidTimestampTZ, oidTimeTZ, oidNumeric, oidUUID, oidJSONB,
	} {
		m[oid] = 1
	}
	for arr, elem := range arrayElem {
		if m[elem] == 1 {
			m[arr] = 1
		}
	}
	return m
}()

// typeNames names the built-in types for UnsupportedNativeDataType errors, as
// @prisma/adapter-pg does ("Unknown" for the others).
var typeNames = map[uint32]string{
	16: "bool", 17: "bytea", 18: "char", 19: "name", 20: "int8", 21: "int2", 22: "int2vector",
	23: "int4", 24: "regproc", 25: "text", 26: "oid", 27: "tid", 28: "xid", 29: "cid",
	30: "oidvector", 32: "pg_ddl_command", 71: "pg_type", 75: "pg_attribute", 81: "pg_proc",
	83: "pg_class", 114: "json", 142: "xml", 194: "pg_node_tree", 269: "table_am_handler",
	325: "index_am_handler", 600: "point", 601: "lseg", 602: "path", 603: "box", 604: "polygon",
	628: "line", 650: "cidr", 700: "float4", 701: "float8", 705: "unknown", 718: "circle",
	774: "macaddr8", 790: "money", 829: "macaddr", 869: "inet", 1033: "aclitem", 1042: "bpchar",
	1043: "varchar", 1082: "date", 1083: "time", 1114: "timestamp", 1184: "timestamptz",
	1186: "interval", 1266: "timetz", 1560: "bit", 1562: "varbit", 1700: "numeric",
	1790: "refcursor", 2202: "regprocedure", 2203: "regoper", 2204: "regoperator",
	2205: "regclass", 2206: "regtype", 2249: "record", 2275: "cstring", 2276: "any",
	2277: "anyarray", 2278: "void", 2279: "trigger", 2280: "language_handler", 2281: "internal",
	2283: "anyelement", 2287: "_record", 2776: "anynonarray", 2950: "uuid", 2970: "txid_snapshot",
	3115: "fdw_handler", 3220: "pg_lsn", 3310: "tsm_handler", 3361: "pg_ndistinct",
	3402: "pg_dependencies", 3500: "anyenum", 3614: "tsvector", 3615: "tsquery",
	3642: "gtsvector", 3734: "regconfig", 3769: "regdictionary", 3802: "jsonb",
	3831: "anyrange", 3838: "event_trigger", 3904: "int4range", 3906: "numrange",
	3908: "tsrange", 3910: "tstzrange", 3912: "daterange", 3926: "int8range", 4072: "jsonpath",
	4089: "regnamespace", 4096: "regrole", 4191: "regcollation", 4451: "int4multirange",
	4532: "nummultirange", 4533: "tsmultirange", 4534: "tstzmultirange",
	4535: "datemultirange", 4536: "int8multirange", 4537: "anymultirange",
	4538: "anycompatiblemultirange", 4600: "pg_brin_bloom_summary",
	4601: "pg_brin_minmax_multi_summary", 5017: "pg_mcv_list", 5038: "pg_snapshot",
	5069: "xid8", 5077: "anycompatible", 5078: "anycompatiblearray",
	5079: "anycompatiblenonarray", 5080: "anycompatiblerange",
}

// columnType returns the Prisma column type of a result column, or an
// UnsupportedNativeDataType error.
func columnType(oid uint32) (adapter.ColumnType, error) {
	if t, ok := columnTypes[oid]; ok {
		return t, nil
	}
	if oid >= firstNormalOID {
		return adapter.TypeText, nil
	}
	name, ok := typeNames[oid]
	if !ok {
		name = "Unknown"
	}
	return 0, &adapter.Error{Kind: adapter.UnsupportedNativeDataType, Type: name}
}
