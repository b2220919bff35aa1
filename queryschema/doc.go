// Package queryschema is Prisma's query schema and request validation.
//
// Build derives, from a parsed Prisma schema, the query schema Prisma 7.10
// exposes through its JSON protocol: the root operations of each model
// (findManyUser, createOneUser, aggregateUser, groupByUser, ...), their
// arguments, and the input types (UserWhereInput, IntFilter,
// UserCreateInput, ...), enums (SortOrder, UserScalarFieldEnum, ...) and
// output types (User, AggregateUser, UserCountOutputType, ...) they
// reference, with Prisma's names, field order and per-provider rules. The
// result matches the DMMF of Prisma 7.10 (see the golden tests).
//
// Validate checks one request as Prisma does before compiling it and
// returns Prisma's error: P2009/P2012 validation errors with Prisma's exact
// message and meta, P2019 input errors, or errors without P-code for
// operations the schema lacks, malformed bodies and unconvertible tagged
// values. It emulates the parameterisation Prisma Client applies first, so
// values Prisma would send as placeholders (an invalid DateTime in a
// filter, say) are checked by type only, as in Prisma.
//
// # Using the query schema in the compiler
//
// A validated request can be read without re-deriving Prisma's rules:
//
//   - QuerySchema.Root maps the JSON protocol's modelName and action to the
//     root field (action "findMany" on User is findManyUser).
//   - InputObjectType.Kind says what an input object is (WhereInput,
//     WhereUniqueInput, CreateInput, NestedUpdateInput, ...); Model and
//     Relation say which model and relation field it was built for, and
//     InputField.ModelField which model field a field stands for.
//   - QuerySchema.Match tells which of an input field's types a value
//     matched (Prisma tries them in order; the first match wins).
//   - QuerySchema.UniqueCriteria lists the criteria <Model>WhereUniqueInput
//     accepts with their client names ("id", "email", "title_authorId").
//   - InputType, OutputType and Enum look types up by name.
package queryschema
