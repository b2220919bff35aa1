package schema_test

import (
	"errors"
	"fmt"

	"github.com/noengine/noengine/schema"
)

func ExampleParse() {
	src := []byte(`datasource db {
  provider = "postgresql"
}

model User {
  id    Int    @id @default(autoincrement())
  email String @unique
  posts Post[]
  @@map("users")
}

model Post {
  id       Int  @id
  authorId Int  @map("author_id")
  author   User @relation(fields: [authorId], references: [id])
  tags     Tag[]
}

model Tag {
  name  String @id
  posts Post[]
}
`)
	s, err := schema.Parse("schema.prisma", src)
	if err != nil {
		fmt.Println(err)
		return
	}
	post := s.Model("Post")
	rel := post.Field("author").Relation
	fmt.Println(rel.Name, rel.Inline, rel.Fields[0].ColumnName(), "->", rel.RelatedModel.TableName(), rel.OnDelete, rel.OnUpdate)
	fmt.Println(rel.ConstraintName(s.Provider()))
	jt := post.Field("tags").Relation.JoinTable
	fmt.Println(jt.Name, "A:", jt.AModel.Name, "B:", jt.BModel.Name)
	for _, c := range s.Model("User").UniqueCriteria() {
		fmt.Println("unique:", c.Name, c.Fields[0].ColumnName())
	}

	_, err = schema.Parse("schema.prisma", []byte("model A {\n  id Int\n  b  B\n}\n"))
	var perr *schema.Error
	if errors.As(err, &perr) {
		fmt.Println(perr)
	}
	// Output:
	// PostToUser true author_id -> users Restrict Cascade
	// Post_author_id_fkey
	// _PostToTag A: Post B: Tag
	// unique: id id
	// unique: email email
	// schema.prisma:3:6: Type "B" is neither a built-in type, nor refers to another model, composite type, or enum.
}
