package schema

import (
	"fmt"
	"strings"
	"testing"
)

// pathological inputs that once made a backtracking parser slow; they must
// parse in linear time.
var pathological = map[string]string{
	"deep arrays":     "model A {\n id Int @default(" + strings.Repeat("[", 5000) + ")\n}\n",
	"deep calls":      "model A {\n id Int @default(" + strings.Repeat("a(", 5000) + ")\n}\n",
	"deep objects":    "model A {\n id Int @default(" + strings.Repeat("{a: ", 5000) + ")\n}\n",
	"unclosed models": strings.Repeat("model A {\n id Int\n", 3000),
	"unclosed enums":  strings.Repeat("enum A {\n X\n", 3000),
	"unclosed blocks": strings.Repeat("foo {\n", 3000) + "}",
	"many attrs":      "model A {\n id Int " + strings.Repeat("@a(1) ", 20000) + "\n}\n",
	"bad escapes":     "model A {\n id String @default(\"" + strings.Repeat("\\u12", 20000) + "\")\n}\n",
	"unclosed quotes": strings.Repeat("model A { \"\n", 3000),
}

func TestPathologicalInputs(t *testing.T) {
	for name, src := range pathological {
		t.Run(name, func(t *testing.T) {
			if _, err := Parse("schema.prisma", []byte(src)); err == nil {
				t.Fatal("expected an error")
			}
		})
	}
}

func BenchmarkPathological(b *testing.B) {
	for name, src := range pathological {
		b.Run(name, func(b *testing.B) {
			for b.Loop() {
				Parse("schema.prisma", []byte(src))
			}
		})
	}
}

// ringSchema is a valid schema of n models, each related to the next.
func ringSchema(n int) string {
	var b strings.Builder
	b.WriteString("datasource db {\n  provider = \"postgresql\"\n}\n")
	for i := 0; i < n; i++ {
		fmt.Fprintf(&b, `
model M%d {
  id     Int     @id @default(autoincrement())
  name   String  @unique
  nextId Int?
  next   M%d?    @relation("r%d", fields: [nextId], references: [id])
  prev   M%d[]   @relation("r%d")

  @@index([name, nextId])
}
`, i, (i+1)%n, i, (i+n-1)%n, (i+n-1)%n)
	}
	return b.String()
}

func BenchmarkParseRing300(b *testing.B) {
	src := []byte(ringSchema(300))
	if _, err := Parse("schema.prisma", src); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		Parse("schema.prisma", src)
	}
}
