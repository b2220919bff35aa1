package schema

import (
	"strconv"
	"strings"
)

// nativeArgKind describes the arguments of a native type, following the
// NativeTypeArguments impls of psl-core.
type nativeArgKind uint8

const (
	naNone       nativeArgKind = iota
	naU32                      // one nonnegative integer
	naU32Pair                  // two nonnegative integers
	naMSSQLParam               // an integer or `Max`
)

// nativeArgs classifies a native type constructor's arguments.
func nativeArgs(c *nativeTypeCtor, p Provider) nativeArgKind {
	switch {
	case c.args == 0 && c.optional == 0:
		return naNone
	case c.args == 2 || c.optional == 2:
		return naU32Pair
	case p == SQLServer && (c.name == "VarChar" || c.name == "NVarChar" || c.name == "VarBinary"):
		return naMSSQLParam
	}
	return naU32
}

// parseNativeArgs parses args; values are -1 for `Max`.
func parseNativeArgs(c *nativeTypeCtor, args []string) ([]int64, bool) {
	return parseNativeArgsFor(c, args, "")
}

func parseNativeArgsFor(c *nativeTypeCtor, args []string, p Provider) ([]int64, bool) {
	if len(args) == 0 {
		return nil, c.args == 0
	}
	kind := nativeArgs(c, p)
	switch kind {
	case naU32:
		if len(args) != 1 {
			return nil, false
		}
		n, err := strconv.ParseUint(args[0], 10, 32)
		return []int64{int64(n)}, err == nil
	case naU32Pair:
		if len(args) != 2 {
			return nil, false
		}
		a, err1 := strconv.ParseUint(args[0], 10, 32)
		b, err2 := strconv.ParseUint(args[1], 10, 32)
		return []int64{int64(a), int64(b)}, err1 == nil && err2 == nil
	case naMSSQLParam:
		if len(args) != 1 {
			return nil, false
		}
		if strings.EqualFold(args[0], "max") {
			return []int64{-1}, true
		}
		n, err := strconv.ParseUint(args[0], 10, 16)
		return []int64{int64(n)}, err == nil
	}
	return nil, false
}

// nativeTypeArguments parses the arguments and checks their ranges per
// connector (validate_native_type_arguments of each builtin connector).
func (d *db) nativeTypeArguments(f *field, n *nativeAttr, c *nativeTypeCtor) {
	p := d.conn.provider
	vals, ok := parseNativeArgsFor(c, n.args, p)
	if !ok {
		desc := "a nonnegative integer"
		switch nativeArgs(c, p) {
		case naU32Pair:
			desc = "two nonnegative integers"
		case naMSSQLParam:
			desc = "an integer or `Max`"
		}
		d.errorf(n.span, "Expected %s, but found (%s).", desc, strings.Join(n.args, ", "))
		return
	}
	render := n.name
	if len(vals) > 0 {
		parts := make([]string, len(vals))
		for i, v := range vals {
			if v < 0 {
				parts[i] = "Max"
			} else {
				parts[i] = strconv.FormatInt(v, 10)
			}
		}
		render += "(" + strings.Join(parts, ",") + ")"
	}
	outOfRange := func(msg string) {
		d.errorf(n.span, "Argument M is out of range for native type `%s` of %s: %s", render, d.conn.name, msg)
	}
	scaleErr := func() {
		d.errorf(n.span, "The scale must not be larger than the precision for the %s native type in %s.", render, d.conn.name)
	}
	arg := func(i int) int64 {
		if i < len(vals) {
			return vals[i]
		}
		return 0
	}
	has := len(vals) > 0
	switch p {
	case PostgreSQL, CockroachDB:
		switch n.name {
		case "Decimal":
			switch {
			case has && arg(1) > arg(0):
				scaleErr()
			case has && (arg(0) > 1000 || arg(0) == 0):
				outOfRange("Precision must be positive with a maximum value of 1000.")
			}
		case "Bit", "VarBit":
			if has && arg(0) == 0 {
				outOfRange("M must be a positive integer.")
			}
		case "Timestamp", "Timestamptz", "Time", "Timetz":
			if has && arg(0) > 6 {
				outOfRange("M can range from 0 to 6.")
			}
		}
	case MySQL:
		switch n.name {
		case "Decimal":
			switch {
			case has && arg(1) > arg(0):
				scaleErr()
			case has && arg(0) > 65:
				outOfRange("Precision can range from 1 to 65.")
			case has && arg(1) > 30:
				outOfRange("Scale can range from 0 to 30.")
			}
		case "Bit":
			switch {
			case arg(0) == 0 || arg(0) > 64:
				outOfRange("M can range from 1 to 64.")
			case arg(0) > 1 && f.scalar == Boolean:
				outOfRange("only Bit(1) can be used as Boolean.")
			}
		case "Char":
			if arg(0) > 255 {
				outOfRange("M can range from 0 to 255.")
			}
		case "VarChar":
			if arg(0) > 65535 {
				outOfRange("M can range from 0 to 65,535.")
			}
		}
	case SQLServer:
		switch n.name {
		case "Decimal":
			switch {
			case has && arg(1) > arg(0):
				scaleErr()
			case has && (arg(0) == 0 || arg(0) > 38):
				outOfRange("Precision can range from 1 to 38.")
			case has && arg(1) > 38:
				outOfRange("Scale can range from 0 to 38.")
			}
		case "Float":
			if has && (arg(0) == 0 || arg(0) > 53) {
				outOfRange("Bits can range from 1 to 53.")
			}
		case "NVarChar":
			if has && arg(0) > 4000 {
				outOfRange("Length can range from 1 to 4000. For larger sizes, use the `Max` variant.")
			}
		case "VarChar", "VarBinary":
			if has && arg(0) > 8000 {
				outOfRange("Length can range from 1 to 8000. For larger sizes, use the `Max` variant.")
			}
		case "NChar":
			if has && arg(0) > 4000 {
				outOfRange("Length can range from 1 to 4000.")
			}
		case "Char", "Binary":
			if has && arg(0) > 8000 {
				outOfRange("Length can range from 1 to 8000.")
			}
		}
	}
}
