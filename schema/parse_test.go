package schema

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

var ignoreLookups = cmpopts.IgnoreUnexported(Schema{}, Model{})

func mustParse(t *testing.T, src string) *Schema {
	t.Helper()
	s, err := Parse("schema.prisma", []byte(src))
	if err != nil {
		var pe *Error
		if errors.As(err, &pe) {
			t.Fatalf("Parse:\n%s", pe.Pretty())
		}
		t.Fatalf("Parse: %v", err)
	}
	return s
}

const smallSchema = `datasource db {
  provider = "postgresql"
}

enum Role {
  USER  @map("user")
  ADMIN
}

/// A user.
model User {
  id    Int    @id @default(autoincrement())
  email String @unique @map("email_address")
  role  Role   @default(USER)
  posts Post[]
  tags  Tag[]

  @@map("users")
}

model Post {
  id       Int    @id
  title    String @db.VarChar(200)
  authorId Int
  author   User   @relation(fields: [authorId], references: [id], onDelete: Cascade)

  @@index([title(sort: Desc)])
}

model Tag {
  name  String @id
  users User[]
}
`

// TestParseWholeSchema compares the complete resolved structure of a small
// schema, relations and join table included.
func TestParseWholeSchema(t *testing.T) {
	got := mustParse(t, smallSchema)

	role := &Enum{Name: "Role", DBName: "Role", Pos: Pos{5, 1}, Values: []*EnumValue{
		{Name: "USER", DBName: "user", Pos: Pos{6, 3}},
		{Name: "ADMIN", DBName: "ADMIN", Pos: Pos{7, 3}},
	}}
	user := &Model{Name: "User", DBName: "users", Doc: "A user.", Pos: Pos{11, 1}}
	post := &Model{Name: "Post", DBName: "Post", Pos: Pos{21, 1}}
	tag := &Model{Name: "Tag", DBName: "Tag", Pos: Pos{30, 1}}

	uID := &Field{Name: "id", DBName: "id", Kind: ScalarField, TypeName: "Int", Scalar: Int, IsID: true, Model: user, Pos: Pos{12, 3},
		Default: &Default{Kind: DefaultAutoincrement, Raw: "autoincrement()"}}
	uEmail := &Field{Name: "email", DBName: "email_address", Kind: ScalarField, TypeName: "String", Scalar: String, IsUnique: true, Model: user, Pos: Pos{13, 3}}
	uRole := &Field{Name: "role", DBName: "role", Kind: EnumField, TypeName: "Role", Enum: role, Model: user, Pos: Pos{14, 3},
		Default: &Default{Kind: DefaultLiteral, Value: EnumValueRef("USER"), Raw: "USER"}}
	uPosts := &Field{Name: "posts", DBName: "posts", Kind: RelationField, TypeName: "Post", List: true, Model: user, Pos: Pos{15, 3}}
	uTags := &Field{Name: "tags", DBName: "tags", Kind: RelationField, TypeName: "Tag", List: true, Model: user, Pos: Pos{16, 3}}
	user.Fields = []*Field{uID, uEmail, uRole, uPosts, uTags}
	user.PrimaryKey = &PrimaryKey{Fields: []*Field{uID}, Sorts: []string{""}, Lengths: []int{0}, Model: user}
	user.Uniques = []*Index{{Kind: UniqueIndex, Fields: []*Field{uEmail}, Sorts: []string{""}, Lengths: []int{0}, Ops: []string{""}, Paths: []string{""}, FieldLevel: true, Model: user, Pos: Pos{13, 16}}}

	pID := &Field{Name: "id", DBName: "id", Kind: ScalarField, TypeName: "Int", Scalar: Int, IsID: true, Model: post, Pos: Pos{22, 3}}
	pTitle := &Field{Name: "title", DBName: "title", Kind: ScalarField, TypeName: "String", Scalar: String, Model: post, Pos: Pos{23, 3},
		Native: &NativeType{Name: "VarChar", Args: []string{"200"}}}
	pAuthorID := &Field{Name: "authorId", DBName: "authorId", Kind: ScalarField, TypeName: "Int", Scalar: Int, Model: post, Pos: Pos{24, 3}}
	pAuthor := &Field{Name: "author", DBName: "author", Kind: RelationField, TypeName: "User", Model: post, Pos: Pos{25, 3}}
	post.Fields = []*Field{pID, pTitle, pAuthorID, pAuthor}
	post.PrimaryKey = &PrimaryKey{Fields: []*Field{pID}, Sorts: []string{""}, Lengths: []int{0}, Model: post}
	post.Indexes = []*Index{{Kind: NormalIndex, Fields: []*Field{pTitle}, Sorts: []string{"Desc"}, Lengths: []int{0}, Ops: []string{""}, Paths: []string{""}, Model: post, Pos: Pos{27, 3}}}

	tName := &Field{Name: "name", DBName: "name", Kind: ScalarField, TypeName: "String", Scalar: String, IsID: true, Model: tag, Pos: Pos{31, 3}}
	tUsers := &Field{Name: "users", DBName: "users", Kind: RelationField, TypeName: "User", List: true, Model: tag, Pos: Pos{32, 3}}
	tag.Fields = []*Field{tName, tUsers}
	tag.PrimaryKey = &PrimaryKey{Fields: []*Field{tName}, Sorts: []string{""}, Lengths: []int{0}, Model: tag}

	pAuthor.Relation = &Relation{Name: "PostToUser", Kind: OneToMany, Field: pAuthor, Model: post, RelatedModel: user, Opposite: uPosts,
		Inline: true, Fields: []*Field{pAuthorID}, References: []*Field{uID},
		OnDelete: Cascade, OnUpdate: Cascade, OnDeleteSet: true}
	uPosts.Relation = &Relation{Name: "PostToUser", Kind: OneToMany, Field: uPosts, Model: user, RelatedModel: post, Opposite: pAuthor,
		OnDelete: Cascade, OnUpdate: Cascade, OnDeleteSet: true}
	// Tag sorts before User: column A references Tag, B references User.
	jt := &JoinTable{Name: "_TagToUser", AModel: tag, BModel: user, AField: uTags, BField: tUsers}
	tUsers.Relation = &Relation{Name: "TagToUser", Kind: ManyToMany, Field: tUsers, Model: tag, RelatedModel: user, Opposite: uTags,
		OnDelete: Cascade, OnUpdate: Cascade, JoinTable: jt}
	uTags.Relation = &Relation{Name: "TagToUser", Kind: ManyToMany, Field: uTags, Model: user, RelatedModel: tag, Opposite: tUsers,
		OnDelete: Cascade, OnUpdate: Cascade, JoinTable: jt}

	want := &Schema{
		Datasource: &Datasource{Name: "db", Provider: PostgreSQL, Pos: Pos{1, 1}},
		Models:     []*Model{user, post, tag},
		Enums:      []*Enum{role},
	}
	if diff := cmp.Diff(want, got, ignoreLookups); diff != "" {
		t.Errorf("Parse mismatch (-want +got):\n%s", diff)
	}
	if got.Model("Post").Field("author") != got.Models[1].Fields[3] || got.Enum("Role") != got.Enums[0] {
		t.Error("lookups do not return the schema's objects")
	}
	if got.Provider() != PostgreSQL || got.RelationMode() != "foreignKeys" {
		t.Errorf("Provider/RelationMode = %q/%q", got.Provider(), got.RelationMode())
	}
}

func TestDefaults(t *testing.T) {
	tests := []struct {
		decl string
		want *Default
	}{
		{`String @default("a\"b\n")`, &Default{Kind: DefaultLiteral, Value: "a\"b\n", Raw: `"a\"b\n"`}},
		{`Int @default(-42)`, &Default{Kind: DefaultLiteral, Value: int64(-42), Raw: "-42"}},
		{`BigInt @default(9007199254740993)`, &Default{Kind: DefaultLiteral, Value: int64(9007199254740993), Raw: "9007199254740993"}},
		{`Float @default(1.50)`, &Default{Kind: DefaultLiteral, Value: 1.5, Raw: "1.50"}},
		{`Decimal @default(1.50)`, &Default{Kind: DefaultLiteral, Value: 1.5, Raw: "1.50"}},
		{`Decimal @default("1.50")`, &Default{Kind: DefaultLiteral, Value: "1.50", Raw: `"1.50"`}},
		{`Boolean @default(true)`, &Default{Kind: DefaultLiteral, Value: true, Raw: "true"}},
		{`DateTime @default("2024-01-02T03:04:05Z")`, &Default{Kind: DefaultLiteral, Value: "2024-01-02T03:04:05Z", Raw: `"2024-01-02T03:04:05Z"`}},
		{`Json @default("{}")`, &Default{Kind: DefaultLiteral, Value: "{}", Raw: `"{}"`}},
		{`Bytes @default("AAEC")`, &Default{Kind: DefaultLiteral, Value: "AAEC", Raw: `"AAEC"`}},
		{`Color @default(RED)`, &Default{Kind: DefaultLiteral, Value: EnumValueRef("RED"), Raw: "RED"}},
		{`Color[] @default([RED, BLUE])`, &Default{Kind: DefaultLiteral, Value: []any{EnumValueRef("RED"), EnumValueRef("BLUE")}, Raw: "[RED, BLUE]"}},
		{`Int[] @default([1, 2])`, &Default{Kind: DefaultLiteral, Value: []any{int64(1), int64(2)}, Raw: "[1, 2]"}},
		{`String[] @default([])`, &Default{Kind: DefaultLiteral, Value: []any{}, Raw: "[]"}},
		{`Int @default(autoincrement())`, &Default{Kind: DefaultAutoincrement, Raw: "autoincrement()"}},
		{`DateTime @default(now())`, &Default{Kind: DefaultNow, Raw: "now()"}},
		{`String @default(uuid())`, &Default{Kind: DefaultUUID, Version: 4, Raw: "uuid()"}},
		{`String @default(uuid(7))`, &Default{Kind: DefaultUUID, Version: 7, Raw: "uuid(7)"}},
		{`String @default(cuid())`, &Default{Kind: DefaultCUID, Version: 1, Raw: "cuid()"}},
		{`String @default(cuid(2))`, &Default{Kind: DefaultCUID, Version: 2, Raw: "cuid(2)"}},
		{`String @default(ulid())`, &Default{Kind: DefaultULID, Raw: "ulid()"}},
		{`String @default(nanoid())`, &Default{Kind: DefaultNanoID, Raw: "nanoid()"}},
		{`String @default(nanoid(12))`, &Default{Kind: DefaultNanoID, Length: 12, Raw: "nanoid(12)"}},
		{`String @default(dbgenerated())`, &Default{Kind: DefaultDBGenerated, Raw: "dbgenerated()"}},
		{`String @default(dbgenerated("gen_random_uuid()"))`, &Default{Kind: DefaultDBGenerated, Expr: "gen_random_uuid()", Raw: `dbgenerated("gen_random_uuid()")`}},
		{`Int @default(1, map: "df")`, &Default{Kind: DefaultLiteral, Value: int64(1), Raw: "1", Map: "df"}},
	}
	for _, tt := range tests {
		t.Run(tt.decl, func(t *testing.T) {
			provider, enum := "postgresql", "enum Color {\n  RED\n  BLUE\n}\n"
			if tt.want.Map != "" {
				provider, enum = "sqlserver", ""
			}
			s := mustParse(t, `datasource db {
  provider = "`+provider+`"
}

`+enum+`
model M {
  id Int @id
  f  `+tt.decl+`
}
`)
			if diff := cmp.Diff(tt.want, s.Model("M").Field("f").Default); diff != "" {
				t.Errorf("Default mismatch (-want +got):\n%s", diff)
			}
		})
	}
}

func TestConstraintNames(t *testing.T) {
	long := "a_very_long_column_name_that_goes_on_and_on_and_on_for_ever_xx"
	tests := []struct {
		name string
		got  string
		want string
	}{
		{"pk", DefaultPrimaryKeyName("users", PostgreSQL), "users_pkey"},
		{"unique", DefaultUniqueName("User", []string{"email"}, PostgreSQL), "User_email_key"},
		{"compound unique", DefaultUniqueName("User", []string{"first", "last"}, MySQL), "User_first_last_key"},
		{"index", DefaultIndexName("Post", []string{"authorId", "createdAt"}, SQLite), "Post_authorId_createdAt_idx"},
		{"fk", DefaultForeignKeyName("Post", []string{"authorId"}, PostgreSQL), "Post_authorId_fkey"},
		{"default", DefaultDefaultConstraintName("Account", "balance", SQLServer), "Account_balance_df"},
		// Prisma 7.10 generates these exact names for this column (prisma migrate diff).
		{"truncated unique pg", DefaultUniqueName("User", []string{long}, PostgreSQL), "User_a_very_long_column_name_that_goes_on_and_on_and_on_for_key"},
		{"truncated index pg", DefaultIndexName("User", []string{long, "id"}, PostgreSQL), "User_a_very_long_column_name_that_goes_on_and_on_and_on_for_idx"},
		{"not truncated sqlite", DefaultIndexName("User", []string{long, "id"}, SQLite), "User_" + long + "_id_idx"},
		{"truncated mysql", DefaultForeignKeyName("User", []string{long}, MySQL), "User_a_very_long_column_name_that_goes_on_and_on_and_on_for_fkey"},
		{"truncated pk", DefaultPrimaryKeyName(long+long, PostgreSQL), (long + long)[:58] + "_pkey"},
		{"char boundary", DefaultIndexName("T", []string{"ééééééééééééééééééééééééééééééééé"}, PostgreSQL), "T_éééééééééééééééééééééééééééé_idx"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s: got %q (%d bytes), want %q", tt.name, tt.got, len(tt.got), tt.want)
		}
		if len(tt.got) > 64 && tt.name != "not truncated sqlite" {
			t.Errorf("%s: %d bytes", tt.name, len(tt.got))
		}
	}

	s := mustParse(t, `datasource db {
  provider = "postgresql"
}

model User {
  id    Int    @id
  email String @map("mail")
  posts Post[]

  @@unique([email], map: "custom")
  @@map("users")
}

model Post {
  id       Int  @id(map: "post_pk")
  authorId Int  @map("author_id")
  author   User @relation(fields: [authorId], references: [id])

  @@index([authorId])
}
`)
	u, p := s.Model("User"), s.Model("Post")
	for _, c := range []struct{ got, want string }{
		{u.PrimaryKey.ConstraintName(PostgreSQL), "users_pkey"},
		{u.PrimaryKey.ConstraintName(MySQL), ""},
		{p.PrimaryKey.ConstraintName(PostgreSQL), "post_pk"},
		{u.Uniques[0].ConstraintName(PostgreSQL), "custom"},
		{p.Indexes[0].ConstraintName(PostgreSQL), "Post_author_id_idx"},
		{p.Field("author").Relation.ConstraintName(PostgreSQL), "Post_author_id_fkey"},
		{u.Field("posts").Relation.ConstraintName(PostgreSQL), ""},
	} {
		if c.got != c.want {
			t.Errorf("got %q, want %q", c.got, c.want)
		}
	}
}

func TestUniqueCriteriaAndIDFields(t *testing.T) {
	s := mustParse(t, `datasource db {
  provider = "postgresql"
}

model WithPK {
  a Int
  b Int
  c Int  @unique
  d Int? @unique
  e Int

  @@unique([e, b])
  @@id([a, b])
  @@unique([d, e], name: "de")
}

model NoPK {
  x Int?
  y Int  @unique
  z Int

  @@unique([x, z])
}

model OptionalFirst {
  x Int? @unique
  y Int
  z Int

  @@unique([y, z])
}

model SingleCompound {
  a Int

  @@id([a])
}
`)
	names := func(cs []Criterion) []string {
		var out []string
		for _, c := range cs {
			out = append(out, c.Name)
		}
		return out
	}
	fieldNames := func(fs []*Field) []string {
		var out []string
		for _, f := range fs {
			out = append(out, f.Name)
		}
		return out
	}
	tests := []struct {
		model    string
		criteria []string
		id       []string
	}{
		// The order of Prisma's <Model>WhereUniqueInput fields.
		{"WithPK", []string{"a_b", "c", "d", "e_b", "de"}, []string{"a", "b"}},
		{"NoPK", []string{"y", "x_z"}, []string{"y"}},
		{"OptionalFirst", []string{"x", "y_z"}, []string{"y", "z"}},
		{"SingleCompound", []string{"a"}, []string{"a"}},
	}
	for _, tt := range tests {
		m := s.Model(tt.model)
		if diff := cmp.Diff(tt.criteria, names(m.UniqueCriteria())); diff != "" {
			t.Errorf("%s UniqueCriteria (-want +got):\n%s", tt.model, diff)
		}
		if diff := cmp.Diff(tt.id, fieldNames(m.IDFields())); diff != "" {
			t.Errorf("%s IDFields (-want +got):\n%s", tt.model, diff)
		}
	}
	c := s.Model("WithPK").UniqueCriteria()
	if !c[0].Compound() || c[1].Compound() || !c[3].Compound() || c[1].Strict() == false || c[2].Strict() {
		t.Errorf("Compound/Strict wrong: %+v", c)
	}
}

func TestReferentialActionDefaults(t *testing.T) {
	tests := []struct {
		name, provider, relationMode, field string
		onDelete, onUpdate                  ReferentialAction
	}{
		{"required", "postgresql", "", "author User @relation(fields: [authorId], references: [id])\n  authorId Int", Restrict, Cascade},
		{"optional", "postgresql", "", "author User? @relation(fields: [authorId], references: [id])\n  authorId Int?", SetNull, Cascade},
		{"optional relation, required scalar", "mysql", "", "author User? @relation(fields: [authorId], references: [id])\n  authorId Int", Restrict, Cascade},
		{"sqlserver required", "sqlserver", "", "author User @relation(fields: [authorId], references: [id])\n  authorId Int", NoAction, Cascade},
		{"sqlserver prisma mode", "sqlserver", "prisma", "author User @relation(fields: [authorId], references: [id])\n  authorId Int\n  @@index([authorId])", Restrict, Cascade},
		{"sqlite prisma mode optional", "sqlite", "prisma", "author User? @relation(fields: [authorId], references: [id])\n  authorId Int?\n  @@index([authorId])", SetNull, Cascade},
		{"explicit", "postgresql", "", "author User @relation(fields: [authorId], references: [id], onDelete: Cascade, onUpdate: NoAction)\n  authorId Int", Cascade, NoAction},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rm := ""
			if tt.relationMode != "" {
				rm = "\n  relationMode = \"" + tt.relationMode + "\""
			}
			s := mustParse(t, "datasource db {\n  provider = \""+tt.provider+"\""+rm+"\n}\n\nmodel User {\n  id Int @id\n  posts Post[]\n}\n\nmodel Post {\n  id Int @id\n  "+tt.field+"\n}\n")
			fwd := s.Model("Post").Field("author").Relation
			back := s.Model("User").Field("posts").Relation
			for _, r := range []*Relation{fwd, back} {
				if r.OnDelete != tt.onDelete || r.OnUpdate != tt.onUpdate {
					t.Errorf("%s side: onDelete %v onUpdate %v, want %v %v", r.Field.Name, r.OnDelete, r.OnUpdate, tt.onDelete, tt.onUpdate)
				}
			}
			if !fwd.Inline || back.Inline || fwd.Opposite != back.Field || back.Opposite != fwd.Field {
				t.Errorf("sides not linked: %+v %+v", fwd, back)
			}
		})
	}
}

func TestRelationKindsAndNames(t *testing.T) {
	s := mustParse(t, `datasource db {
  provider = "postgresql"
}

model User {
  id        Int      @id
  profile   Profile?
  followers User[]   @relation("Follows")
  following User[]   @relation("Follows")
  managerId Int?
  manager   User?    @relation("Reports", fields: [managerId], references: [id])
  reports   User[]   @relation("Reports")
  bestId    Int?     @unique
  best      User?    @relation("Best", fields: [bestId], references: [id])
  bestOf    User?    @relation("Best")
}

model Profile {
  id     Int  @id
  userId Int  @unique
  user   User @relation(fields: [userId], references: [id])
}
`)
	u := s.Model("User")
	tests := []struct {
		field  string
		name   string
		kind   RelationKind
		inline bool
	}{
		{"profile", "ProfileToUser", OneToOne, false},
		{"followers", "Follows", ManyToMany, false},
		{"following", "Follows", ManyToMany, false},
		{"manager", "Reports", OneToMany, true},
		{"reports", "Reports", OneToMany, false},
		{"best", "Best", OneToOne, true},
		{"bestOf", "Best", OneToOne, false},
	}
	for _, tt := range tests {
		r := u.Field(tt.field).Relation
		if r.Name != tt.name || r.Kind != tt.kind || r.Inline != tt.inline {
			t.Errorf("%s: got %s/%v/%v, want %s/%v/%v", tt.field, r.Name, r.Kind, r.Inline, tt.name, tt.kind, tt.inline)
		}
	}
	// Self-relation m:n: "followers" sorts before "following", so it is
	// BField (A holds the id of the record whose followers list contains B).
	jt := u.Field("followers").Relation.JoinTable
	if jt.Name != "_Follows" || jt.AModel != u || jt.BModel != u || jt.AField != u.Field("following") || jt.BField != u.Field("followers") {
		t.Errorf("join table %s: A=%s.%s B=%s.%s", jt.Name, jt.AModel.Name, jt.AField.Name, jt.BModel.Name, jt.BField.Name)
	}
	if u.Field("following").Relation.JoinTable != jt {
		t.Error("both sides must share the join table")
	}
}

func TestDocComments(t *testing.T) {
	s := mustParse(t, `/// free floating, followed by an empty line

/// for the datasource (Prisma hands it on to the next model)
datasource db {
  provider = "sqlite"
}

model Z {
  id Int @id
}

/* block
   comment */
/// model doc
model A {
  /// field doc
  // not a doc comment
  id Int @id /// trailing

  /// kept across empty lines and attributes
  @@map("a")
  name String /* inline */
}

/// enum doc
enum E {
  /// value doc
  X // plain
}
`)
	a, e := s.Model("A"), s.Enum("E")
	for _, c := range []struct{ got, want string }{
		{s.Model("Z").Doc, "for the datasource (Prisma hands it on to the next model)"},
		{a.Doc, "block\n   comment\nmodel doc"},
		{a.Field("id").Doc, "field doc\ntrailing"},
		{a.Field("name").Doc, "kept across empty lines and attributes\ninline"},
		{e.Doc, "enum doc"},
		{e.Values[0].Doc, "value doc"},
	} {
		if c.got != c.want {
			t.Errorf("doc %q, want %q", c.got, c.want)
		}
	}
}

func TestErrorFormat(t *testing.T) {
	_, err := Parse("my.prisma", []byte("model A {\n  id Int @id\n  x Foo\n  y Bar\n}\n"))
	var pe *Error
	if !errors.As(err, &pe) {
		t.Fatalf("got %v", err)
	}
	want := `my.prisma:3:5: Type "Foo" is neither a built-in type, nor refers to another model, composite type, or enum.
my.prisma:4:5: Type "Bar" is neither a built-in type, nor refers to another model, composite type, or enum.`
	if got := pe.Error(); got != want {
		t.Errorf("Error():\n%s\nwant:\n%s", got, want)
	}
	wantPretty := `error: Type "Foo" is neither a built-in type, nor refers to another model, composite type, or enum.
  -->  my.prisma:3
   | 
 2 |   id Int @id
 3 |   x Foo
   | 
error: Type "Bar" is neither a built-in type, nor refers to another model, composite type, or enum.
  -->  my.prisma:4
   | 
 3 |   x Foo
 4 |   y Bar
   | 

Validation Error Count: 2`
	if got := pe.Pretty(); got != wantPretty {
		t.Errorf("Pretty():\n%s\nwant:\n%s", got, wantPretty)
	}
}

func TestDatasourceURLsAreAccepted(t *testing.T) {
	s := mustParse(t, `datasource db {
  provider          = "postgresql"
  url               = env("DATABASE_URL")
  directUrl         = "postgresql://direct"
  relationMode      = "prisma"
  schemas           = ["public", "auth"]
  extensions        = [pgcrypto, postgis(schema: "gis")]
}

generator client {
  provider        = "prisma-client-js"
  previewFeatures = ["relationJoins", "postgresqlExtensions"]
  output          = "../generated"
}

model A {
  id Int @id

  @@schema("public")
}
`)
	want := &Datasource{Name: "db", Provider: PostgreSQL, URLEnv: "DATABASE_URL", DirectURL: "postgresql://direct",
		RelationMode: "prisma", Schemas: []string{"auth", "public"}, Extensions: []string{"pgcrypto", "postgis"}, Pos: Pos{1, 1}}
	if diff := cmp.Diff(want, s.Datasource); diff != "" {
		t.Errorf("Datasource (-want +got):\n%s", diff)
	}
	wantGen := []*Generator{{Name: "client", Provider: "prisma-client-js", PreviewFeatures: []string{"relationJoins", "postgresqlExtensions"}, Pos: Pos{10, 1}}}
	if diff := cmp.Diff(wantGen, s.Generators); diff != "" {
		t.Errorf("Generators (-want +got):\n%s", diff)
	}
	if len(s.Warnings) != 2 || s.RelationMode() != "prisma" {
		t.Errorf("warnings %v, relation mode %q", s.Warnings, s.RelationMode())
	}
}
