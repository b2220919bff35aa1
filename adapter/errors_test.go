package adapter

import (
	"encoding/json"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestErrorJSONMatchesPrisma(t *testing.T) {
	cases := []struct {
		err  *Error
		want string
	}{
		{&Error{Kind: UniqueConstraintViolation, OriginalCode: "SQLITE_CONSTRAINT_UNIQUE", OriginalMessage: "UNIQUE constraint failed: User.email", Constraint: &Constraint{Fields: []string{"email"}}, Table: "User"},
			`{"originalCode":"SQLITE_CONSTRAINT_UNIQUE","originalMessage":"UNIQUE constraint failed: User.email","kind":"UniqueConstraintViolation","constraint":{"fields":["email"]},"table":"User"}`},
		// MySQL's message for a key named with a space yields an empty index name.
		{&Error{Kind: UniqueConstraintViolation, OriginalCode: "1062", OriginalMessage: "Duplicate entry 'a' for key 'mapped table_key'", Constraint: &Constraint{}},
			`{"originalCode":"1062","originalMessage":"Duplicate entry 'a' for key 'mapped table_key'","kind":"UniqueConstraintViolation","constraint":{"index":""}}`},
		{&Error{Kind: ForeignKeyConstraintViolation, OriginalCode: "SQLITE_CONSTRAINT_FOREIGNKEY", OriginalMessage: "FOREIGN KEY constraint failed", Constraint: &Constraint{ForeignKey: true}},
			`{"originalCode":"SQLITE_CONSTRAINT_FOREIGNKEY","originalMessage":"FOREIGN KEY constraint failed","kind":"ForeignKeyConstraintViolation","constraint":{"foreignKey":{}}}`},
		{&Error{Kind: PostgresError, OriginalCode: "42601", OriginalMessage: "syntax error at or near \">\"", Code: "42601", Severity: "ERROR", Message: "syntax error at or near \">\""},
			`{"originalCode":"42601","originalMessage":"syntax error at or near \">\"","kind":"postgres","code":"42601","severity":"ERROR","message":"syntax error at or near \">\""}`},
		{&Error{Kind: MySQLError, OriginalCode: "1064", OriginalMessage: "x", Code: "1064", Message: "x", State: "42000"},
			`{"originalCode":"1064","originalMessage":"x","kind":"mysql","code":1064,"message":"x","state":"42000"}`},
		{&Error{Kind: InvalidIsolationLevel, Level: "READ COMMITTED"}, `{"kind":"InvalidIsolationLevel","level":"READ COMMITTED"}`},
	}
	for _, c := range cases {
		got, err := c.err.MarshalJSON()
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != c.want {
			t.Errorf("MarshalJSON:\n got %s\nwant %s", got, c.want)
		}
		if !json.Valid(got) {
			t.Errorf("invalid JSON %s", got)
		}
	}
}

func TestUserMessages(t *testing.T) {
	got := map[string]string{}
	for _, e := range []*Error{
		{Kind: UniqueConstraintViolation, Constraint: &Constraint{Fields: []string{"a", "b"}}},
		{Kind: UniqueConstraintViolation, Constraint: &Constraint{Index: "User_email_key"}},
		{Kind: UniqueConstraintViolation, Constraint: &Constraint{}},
		{Kind: ForeignKeyConstraintViolation, Constraint: &Constraint{ForeignKey: true}},
		{Kind: NullConstraintViolation},
		{Kind: TableDoesNotExist, Table: "main.User"},
		{Kind: DatabaseNotReachable, Host: "db", Port: 5432},
		{Kind: TransactionWriteConflict},
	} {
		got[e.Kind.Code()+" "+e.UserMessage()] = ""
	}
	want := map[string]string{
		"P2002 Unique constraint failed on the fields: (`a`, `b`)":                                      "",
		"P2002 Unique constraint failed on the constraint: `User_email_key`":                            "",
		"P2002 Unique constraint failed on the constraint: ``":                                          "",
		"P2003 Foreign key constraint violated on the foreign key":                                      "",
		"P2011 Null constraint violation on the (not available)":                                        "",
		"P2021 The table `main.User` does not exist in the current database.":                           "",
		"P1001 Can't reach database server at db:5432":                                                  "",
		"P2034 Transaction failed due to a write conflict or a deadlock. Please retry your transaction": "",
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("messages (-want +got):\n%s", d)
	}
}
