package e2e

import (
	"strings"
	"testing"
)

func TestCompare(t *testing.T) {
	vol := []Volatile{{Key: "uid", Shape: "uuid"}, {Key: "createdAt", Shape: "datetime"}, {Key: "cid", Shape: "cuid"}, {Key: "nid", Shape: "nanoid:10"}}
	cases := []struct {
		name      string
		kind      Kind
		want, got string
		equal     bool
	}{
		{"identical", KindQuery, `{"data":{"findMany":[{"id":1,"name":"a"}]}}`, `{"data":{"findMany":[{"id":1,"name":"a"}]}}`, true},
		{"whitespace", KindQuery, `{"data":{"findMany":[{"id":1}]}}`, ` { "data" : { "findMany" : [ { "id" : 1 } ] } }`, true},
		{"key order matters", KindQuery, `{"data":{"findFirst":{"id":1,"name":"a"}}}`, `{"data":{"findFirst":{"name":"a","id":1}}}`, false},
		{"missing key", KindQuery, `{"data":{"findFirst":{"id":1,"name":"a"}}}`, `{"data":{"findFirst":{"id":1}}}`, false},
		{"array order matters", KindQuery, `{"data":{"findMany":[{"id":1},{"id":2}]}}`, `{"data":{"findMany":[{"id":2},{"id":1}]}}`, false},
		{"null vs value", KindQuery, `{"data":{"findFirst":null}}`, `{"data":{"findFirst":{"id":1}}}`, false},
		{"plain number spelling", KindQuery, `{"data":{"aggregate":{"_avg":{"x":1e21,"y":0.5,"z":2}}}}`, `{"data":{"aggregate":{"_avg":{"x":1e+21,"y":5e-1,"z":2.0}}}}`, true},
		{"plain numbers are exact", KindQuery, `{"data":{"aggregate":{"_avg":{"x":0.30000000000000004}}}}`, `{"data":{"aggregate":{"_avg":{"x":0.3}}}}`, false},
		{"plain number vs string", KindQuery, `{"data":{"x":1}}`, `{"data":{"x":"1"}}`, false},
		{"bigint number vs exact string", KindQuery, `{"data":{"x":{"$type":"BigInt","value":-5}}}`, `{"data":{"x":{"$type":"BigInt","value":"-5"}}}`, true},
		{"bigint lossy number vs exact string", KindQuery, `{"data":{"x":{"$type":"BigInt","value":9007199254740992}}}`, `{"data":{"x":{"$type":"BigInt","value":"9007199254740993"}}}`, true},
		{"bigint number vs wrong string", KindQuery, `{"data":{"x":{"$type":"BigInt","value":-5}}}`, `{"data":{"x":{"$type":"BigInt","value":"-6"}}}`, false},
		{"bigint strings are exact", KindQuery, `{"data":{"x":{"$type":"BigInt","value":"9007199254740993"}}}`, `{"data":{"x":{"$type":"BigInt","value":"9007199254740992"}}}`, false},
		{"decimal number vs string", KindQuery, `{"data":{"x":{"$type":"Decimal","value":0.30000000000000004}}}`, `{"data":{"x":{"$type":"Decimal","value":"0.30000000000000004"}}}`, true},
		{"decimal number vs close string", KindQuery, `{"data":{"x":{"$type":"Decimal","value":37.48166666666667}}}`, `{"data":{"x":{"$type":"Decimal","value":"37.481666666666666667"}}}`, true},
		{"decimal number vs other string", KindQuery, `{"data":{"x":{"$type":"Decimal","value":0.1}}}`, `{"data":{"x":{"$type":"Decimal","value":"0.2"}}}`, false},
		{"decimal strings are exact", KindQuery, `{"data":{"x":{"$type":"Decimal","value":"1.50"}}}`, `{"data":{"x":{"$type":"Decimal","value":"1.5"}}}`, false},
		{"tag type matters", KindQuery, `{"data":{"x":{"$type":"BigInt","value":"1"}}}`, `{"data":{"x":{"$type":"Decimal","value":"1"}}}`, false},
		{"tagged vs plain", KindQuery, `{"data":{"x":{"$type":"DateTime","value":"2024-01-01T00:00:00.000+00:00"}}}`, `{"data":{"x":"2024-01-01T00:00:00.000+00:00"}}`, false},
		{"datetime exact", KindQuery, `{"data":{"x":{"$type":"DateTime","value":"2024-01-01T00:00:00.000+00:00"}}}`, `{"data":{"x":{"$type":"DateTime","value":"2024-01-01T00:00:00.000Z"}}}`, false},
		{"json keys unordered", KindQuery, `{"data":{"x":{"$type":"Json","value":"{\"a\":1,\"b\":[1,{\"c\":2,\"d\":3}]}"}}}`, `{"data":{"x":{"$type":"Json","value":"{\"b\": [1, {\"d\":3,\"c\":2}], \"a\": 1}"}}}`, true},
		{"json arrays ordered", KindQuery, `{"data":{"x":{"$type":"Json","value":"[1,2]"}}}`, `{"data":{"x":{"$type":"Json","value":"[2,1]"}}}`, false},
		{"json values differ", KindQuery, `{"data":{"x":{"$type":"Json","value":"{\"a\":1}"}}}`, `{"data":{"x":{"$type":"Json","value":"{\"a\":\"1\"}"}}}`, false},
		{"bytes exact", KindQuery, `{"data":{"x":{"$type":"Bytes","value":"AAE="}}}`, `{"data":{"x":{"$type":"Bytes","value":"AAE="}}}`, true},
		{"errors: code, message, meta unordered; oracle key and error text ignored", KindQuery,
			`{"errors":[{"error":"boom","user_facing_error":{"is_panic":false,"message":"boom","meta":{"a":1,"b":{"c":[1,2]}},"error_code":"P2002"}}],"$oracle":{"errorClass":"X"}}`,
			`{"errors":[{"error":"other","user_facing_error":{"message":"boom","error_code":"P2002","meta":{"b":{"c":[1,2]},"a":1},"is_panic":false}}]}`, true},
		{"errors: code differs", KindQuery,
			`{"errors":[{"error":"boom","user_facing_error":{"is_panic":false,"message":"boom","meta":{},"error_code":"P2002"}}]}`,
			`{"errors":[{"error":"boom","user_facing_error":{"is_panic":false,"message":"boom","meta":{},"error_code":"P2003"}}]}`, false},
		{"errors: message differs", KindQuery,
			`{"errors":[{"error":"boom","user_facing_error":{"is_panic":false,"message":"boom","meta":{},"error_code":"P2002"}}]}`,
			`{"errors":[{"error":"boom","user_facing_error":{"is_panic":false,"message":"bang","meta":{},"error_code":"P2002"}}]}`, false},
		{"errors: meta differs", KindQuery,
			`{"errors":[{"error":"boom","user_facing_error":{"is_panic":false,"message":"boom","meta":{"target":["a"]},"error_code":"P2002"}}]}`,
			`{"errors":[{"error":"boom","user_facing_error":{"is_panic":false,"message":"boom","meta":{"target":["b"]},"error_code":"P2002"}}]}`, false},
		{"errors: per-suite database names masked", KindQuery,
			"{\"errors\":[{\"error\":\"x\",\"user_facing_error\":{\"is_panic\":false,\"message\":\"m\",\"meta\":{\"cause\":{\"originalMessage\":\"fails (`e2e_errors_86cf206d`.`Pet`)\"}},\"error_code\":\"P2003\"}}]}",
			"{\"errors\":[{\"error\":\"x\",\"user_facing_error\":{\"is_panic\":false,\"message\":\"m\",\"meta\":{\"cause\":{\"originalMessage\":\"fails (`e2e_991805716_46`.`Pet`)\"}},\"error_code\":\"P2003\"}}]}", true},
		{"errors: per-suite database names qualifying a table masked", KindQuery,
			`{"errors":[{"error":"Table 'e2e_writes_raw_mysql_571934f8.nope' doesn't exist"}]}`,
			`{"errors":[{"error":"Table 'e2e_97950433_1.nope' doesn't exist"}]}`, true},
		{"errors: tables qualified by a database still compared", KindQuery,
			`{"errors":[{"error":"Table 'e2e_a.nope' doesn't exist"}]}`,
			`{"errors":[{"error":"Table 'e2e_a.other' doesn't exist"}]}`, false},
		{"errors: table names still compared", KindQuery,
			"{\"errors\":[{\"error\":\"x\",\"user_facing_error\":{\"is_panic\":false,\"message\":\"m\",\"meta\":{\"cause\":{\"originalMessage\":\"fails (`e2e_a`.`Pet`)\"}},\"error_code\":\"P2003\"}}]}",
			"{\"errors\":[{\"error\":\"x\",\"user_facing_error\":{\"is_panic\":false,\"message\":\"m\",\"meta\":{\"cause\":{\"originalMessage\":\"fails (`e2e_a`.`Owner`)\"}},\"error_code\":\"P2003\"}}]}", false},
		{"error vs data", KindQuery, `{"errors":[{"error":"x"}]}`, `{"data":{"findMany":[]}}`, false},
		{"batch items", KindBatch,
			`{"batchResult":[{"data":{"findUnique":{"id":1}}},{"errors":[{"error":"e","user_facing_error":{"is_panic":false,"message":"e","meta":{},"error_code":"P2025"}}],"$oracle":{"errorClass":"E"}}]}`,
			`{"batchResult":[{"data":{"findUnique":{"id":1}}},{"errors":[{"error":"e","user_facing_error":{"is_panic":false,"message":"e","meta":{},"error_code":"P2025"}}]}]}`, true},
		{"batch item differs", KindBatch, `{"batchResult":[{"data":{"findUnique":{"id":1}}}]}`, `{"batchResult":[{"data":{"findUnique":{"id":2}}}]}`, false},
		{"control loose", KindControl, `{"$transaction":"begin","ok":true}`, `{"$transaction":"begin","ok":true,"id":"x"}`, true},
		{"control error vs ok", KindControl, `{"$transaction":"commit","ok":true}`, `{"errors":[{"error":"no transaction"}]}`, false},
		{"volatile uuid masked", KindQuery, `{"data":{"createOne":{"uid":"0b3f44e6-2a5c-4d0e-9f1a-0a7c8e2b1d33"}}}`, `{"data":{"createOne":{"uid":"6c1f9a1e-8a6b-7c7d-8e9f-0123456789ab"}}}`, true},
		{"volatile uuid bad shape", KindQuery, `{"data":{"createOne":{"uid":"0b3f44e6-2a5c-4d0e-9f1a-0a7c8e2b1d33"}}}`, `{"data":{"createOne":{"uid":"not-a-uuid"}}}`, false},
		{"volatile without shape compared exactly", KindQuery, `{"data":{"createOne":{"uid":"x1"}}}`, `{"data":{"createOne":{"uid":"x1"}}}`, true},
		{"volatile null stays null", KindQuery, `{"data":{"createOne":{"uid":null}}}`, `{"data":{"createOne":{"uid":"0b3f44e6-2a5c-4d0e-9f1a-0a7c8e2b1d33"}}}`, false},
		{"volatile datetime", KindQuery, `{"data":{"createOne":{"createdAt":{"$type":"DateTime","value":"2026-01-01T10:00:00.123+00:00"}}}}`, `{"data":{"createOne":{"createdAt":{"$type":"DateTime","value":"2026-01-02T11:12:13.456+00:00"}}}}`, true},
		{"volatile cuid", KindQuery, `{"data":{"x":[{"cid":"cmb2y0z1x0000abcdefghijkl"}]}}`, `{"data":{"x":[{"cid":"cmb2y0z1x0001mnopqrstuvwx"}]}}`, true},
		{"volatile nanoid length", KindQuery, `{"data":{"x":{"nid":"abcdefghij"}}}`, `{"data":{"x":{"nid":"abcdefghijk"}}}`, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := Compare(c.kind, []byte(c.want), []byte(c.got), vol)
			if (d == "") != c.equal {
				t.Errorf("equal=%v, want %v; diff:\n%s", d == "", c.equal, d)
			}
		})
	}
}

func TestCompareDiffIsReadable(t *testing.T) {
	d := Compare(KindQuery, []byte(`{"data":{"findMany":[{"id":1,"name":"alice"}]}}`), []byte(`{"data":{"findMany":[{"id":1,"name":"bob"}]}}`), nil)
	if !strings.Contains(d, `"alice"`) || !strings.Contains(d, `"bob"`) {
		t.Errorf("diff does not show both values:\n%s", d)
	}
}

func TestCompareInvalidJSON(t *testing.T) {
	if d := Compare(KindQuery, []byte(`{"data":{}}`), []byte(`{"data":`), nil); d == "" {
		t.Error("invalid JSON compared equal")
	}
}

func TestCompareLooseAdapterErrors(t *testing.T) {
	const prisma = `{"errors":[{"error":"x","user_facing_error":{"is_panic":false,"message":"Unique constraint failed on the fields: (` + "`email`" + `)","meta":{"modelName":"User","driverAdapterError":{"name":"DriverAdapterError","message":"UniqueConstraintViolation","cause":{"originalCode":"2067","originalMessage":"UNIQUE constraint failed: User.email","kind":"UniqueConstraintViolation","constraint":{"fields":["email"]}}}},"error_code":"P2002"}}]}`
	otherDriver := strings.NewReplacer(`"2067"`, `"SQLITE_CONSTRAINT_UNIQUE"`, "UNIQUE constraint failed: User.email", "constraint failed (unique)").Replace(prisma)
	otherFields := strings.ReplaceAll(prisma, `["email"]`, `["name"]`)
	otherKind := strings.NewReplacer(`"kind":"UniqueConstraintViolation"`, `"kind":"sqlite"`).Replace(prisma)
	otherCode := strings.ReplaceAll(prisma, "P2002", "P2003")
	notAdapter := `{"errors":[{"error":"x","user_facing_error":{"is_panic":false,"message":"An operation failed because it depends on one or more records that were required but not found. No record was found for an update.","meta":{"modelName":"User","cause":"No record was found for an update."},"error_code":"P2025"}}]}`
	notAdapterOther := strings.ReplaceAll(notAdapter, "for an update.\"}", "for a delete.\"}")
	loose := Options{LooseAdapterErrors: true}
	cases := []struct {
		name      string
		want, got string
		opts      Options
		equal     bool
	}{
		{"driver message differs, exact", prisma, otherDriver, Options{}, false},
		{"driver message differs, loose", prisma, otherDriver, loose, true},
		{"constraint differs, loose", prisma, otherFields, loose, false},
		{"kind differs, loose", prisma, otherKind, loose, false},
		{"P-code differs, loose", prisma, otherCode, loose, false},
		{"errors not from the adapter stay exact", notAdapter, notAdapterOther, loose, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := CompareWith(KindQuery, []byte(c.want), []byte(c.got), nil, c.opts)
			if (d == "") != c.equal {
				t.Errorf("equal=%v, want %v; diff:\n%s", d == "", c.equal, d)
			}
		})
	}
}
