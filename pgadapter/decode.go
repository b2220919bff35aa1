package pgadapter

import (
	"bytes"
	"encoding/binary"
	"encoding/hex"
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
)

// Row values are decoded straight from the wire bytes, per OID and format, so
// that no value goes through reflection or pgx's generic scan plans. Binary is
// what this package asks for (see binaryOIDs); text decoding covers the other
// types and connections that run the simple protocol.

var (
	pgEpoch   = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)
	unixEpoch = time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC)
)

const (
	formatText   = 0
	formatBinary = 1
)

var errShort = errors.New("pgadapter: malformed binary value")

// decodeValue decodes one non-NULL value of the given type.
func decodeValue(oid uint32, format int16, b []byte) (any, error) {
	if format == formatBinary {
		return decodeBinary(oid, b)
	}
	return decodeText(oid, b)
}

func decodeBinary(oid uint32, b []byte) (any, error) {
	switch oid {
	case oidBool:
		if len(b) != 1 {
			return nil, errShort
		}
		return b[0] != 0, nil
	case oidBytea:
		return bytes.Clone(b), nil
	case oidInt2:
		if len(b) != 2 {
			return nil, errShort
		}
		return int64(int16(binary.BigEndian.Uint16(b))), nil
	case oidInt4:
		if len(b) != 4 {
			return nil, errShort
		}
		return int64(int32(binary.BigEndian.Uint32(b))), nil
	case oidOID:
		if len(b) != 4 {
			return nil, errShort
		}
		return int64(binary.BigEndian.Uint32(b)), nil
	case oidInt8:
		if len(b) != 8 {
			return nil, errShort
		}
		return int64(binary.BigEndian.Uint64(b)), nil
	case oidFloat4:
		if len(b) != 4 {
			return nil, errShort
		}
		return float4(math.Float32frombits(binary.BigEndian.Uint32(b))), nil
	case oidFloat8:
		if len(b) != 8 {
			return nil, errShort
		}
		return math.Float64frombits(binary.BigEndian.Uint64(b)), nil
	case oidText, oidVarchar, oidBPChar, oidName, oidJSON, oidXML:
		return string(b), nil
	case oidJSONB:
		if len(b) == 0 || b[0] != 1 {
			return nil, fmt.Errorf("pgadapter: unknown jsonb binary version")
		}
		return string(b[1:]), nil
	case oidUUID:
		if len(b) != 16 {
			return nil, errShort
		}
		return formatUUID(b), nil
	case oidNumeric:
		return decodeNumeric(b)
	case oidMoney:
		if len(b) != 8 {
			return nil, errShort
		}
		return formatMoney(int64(binary.BigEndian.Uint64(b))), nil
	case oidDate:
		if len(b) != 4 {
			return nil, errShort
		}
		days := int32(binary.BigEndian.Uint32(b))
		switch days {
		case math.MaxInt32:
			return "infinity", nil
		case math.MinInt32:
			return "-infinity", nil
		}
		return pgEpoch.AddDate(0, 0, int(days)), nil
	case oidTime:
		if len(b) != 8 {
			return nil, errShort
		}
		return unixEpoch.Add(time.Duration(int64(binary.BigEndian.Uint64(b))) * time.Microsecond), nil
	case oidTimeTZ:
		// Time of day plus the zone; the zone is dropped, as Prisma does.
		if len(b) != 12 {
			return nil, errShort
		}
		return unixEpoch.Add(time.Duration(int64(binary.BigEndian.Uint64(b))) * time.Microsecond), nil
	case oidTimestamp, oidTimestampTZ:
		if len(b) != 8 {
			return nil, errShort
		}
		us := int64(binary.BigEndian.Uint64(b))
		switch us {
		case math.MaxInt64:
			return "infinity", nil
		case math.MinInt64:
			return "-infinity", nil
		}
		return microsToTime(us), nil
	}
	if elem, ok := arrayElem[oid]; ok {
		return decodeBinaryArray(elem, b)
	}
	// Only OIDs listed in binaryOIDs are requested in binary.
	return nil, fmt.Errorf("pgadapter: no binary decoder for type OID %d", oid)
}

// microsToTime converts microseconds since 2000-01-01 to a UTC time without
// overflowing time.Duration (which covers only ±292 years).
func microsToTime(us int64) time.Time {
	const usPerDay = 86400 * 1_000_000
	days := us / usPerDay
	rem := us % usPerDay
	if rem < 0 {
		rem += usPerDay
		days--
	}
	return time.Unix(days*86400+946684800+rem/1_000_000, (rem%1_000_000)*1000).UTC()
}

// float4 widens a float4 to float64 through its shortest decimal form, so 1.1
// stays 1.1 (as in PostgreSQL's text output, which Prisma parses).
func float4(f float32) float64 {
	if math.IsNaN(float64(f)) || math.IsInf(float64(f), 0) {
		return float64(f)
	}
	var buf [32]byte
	s := strconv.AppendFloat(buf[:0], float64(f), 'g', -1, 32)
	v, err := strconv.ParseFloat(string(s), 64)
	if err != nil {
		return float64(f)
	}
	return v
}

func formatUUID(b []byte) string {
	var out [36]byte
	hex.Encode(out[0:8], b[0:4])
	out[8] = '-'
	hex.Encode(out[9:13], b[4:6])
	out[13] = '-'
	hex.Encode(out[14:18], b[6:8])
	out[18] = '-'
	hex.Encode(out[19:23], b[8:10])
	out[23] = '-'
	hex.Encode(out[24:], b[10:16])
	return string(out[:])
}

// formatMoney renders a money value (an integer count of cents) as a
// decimal with two fraction digits and no currency symbol. PostgreSQL's money
// has the fraction digits of lc_monetary: two for the C and most other locales.
func formatMoney(cents int64) string {
	neg := cents < 0
	u := uint64(cents)
	if neg {
		u = -u
	}
	s := strconv.FormatUint(u, 10)
	for len(s) < 3 {
		s = "0" + s
	}
	s = s[:len(s)-2] + "." + s[len(s)-2:]
	if neg {
		s = "-" + s
	}
	return s
}

// decodeNumeric renders a binary numeric as PostgreSQL's text output: exact,
// with the value's display scale.
func decodeNumeric(b []byte) (string, error) {
	if len(b) < 8 {
		return "", errShort
	}
	ndigits := int(binary.BigEndian.Uint16(b[0:]))
	weight := int(int16(binary.BigEndian.Uint16(b[2:])))
	sign := binary.BigEndian.Uint16(b[4:])
	dscale := int(int16(binary.BigEndian.Uint16(b[6:])))
	if len(b) != 8+2*ndigits || dscale < 0 {
		return "", errShort
	}
	switch sign {
	case 0xC000:
		return "NaN", nil
	case 0xD000:
		return "Infinity", nil
	case 0xF000:
		return "-Infinity", nil
	}
	digit := func(i int) int {
		if i < 0 || i >= ndigits {
			return 0
		}
		return int(binary.BigEndian.Uint16(b[8+2*i:]))
	}
	n := 1 + dscale + 1
	if weight >= 0 {
		n += 4 * (weight + 1)
	} else {
		n++
	}
	out := make([]byte, 0, n)
	if sign == 0x4000 {
		out = append(out, '-')
	}
	if weight < 0 {
		out = append(out, '0')
	} else {
		for i := 0; i <= weight; i++ {
			d := digit(i)
			if i == 0 {
				out = strconv.AppendInt(out, int64(d), 10)
			} else {
				out = append(out, byte('0'+d/1000), byte('0'+d/100%10), byte('0'+d/10%10), byte('0'+d%10))
			}
		}
	}
	if dscale > 0 {
		out = append(out, '.')
		for i, left := weight+1, dscale; left > 0; i++ {
			d := digit(i)
			group := [4]byte{byte('0' + d/1000), byte('0' + d/100%10), byte('0' + d/10%10), byte('0' + d%10)}
			k := min(4, left)
			out = append(out, group[:k]...)
			left -= k
		}
	}
	return string(out), nil
}

// decodeBinaryArray decodes PostgreSQL's binary array format into (nested)
// []any values.
func decodeBinaryArray(elem uint32, b []byte) (any, error) {
	if len(b) < 12 {
		return nil, errShort
	}
	ndim := int(int32(binary.BigEndian.Uint32(b)))
	b = b[12:] // ndim, has-null flag, element OID
	if ndim == 0 {
		return []any{}, nil
	}
	if ndim < 0 || len(b) < 8*ndim {
		return nil, errShort
	}
	dims := make([]int, ndim)
	for i := range dims {
		dims[i] = int(int32(binary.BigEndian.Uint32(b[8*i:])))
	}
	b = b[8*ndim:]
	v, rest, err := decodeArrayDim(elem, dims, b)
	if err != nil {
		return nil, err
	}
	if len(rest) != 0 {
		return nil, errShort
	}
	return v, nil
}

func decodeArrayDim(elem uint32, dims []int, b []byte) ([]any, []byte, error) {
	if dims[0] < 0 {
		return nil, nil, errShort
	}
	out := make([]any, dims[0])
	for i := range out {
		if len(dims) > 1 {
			sub, rest, err := decodeArrayDim(elem, dims[1:], b)
			if err != nil {
				return nil, nil, err
			}
			out[i], b = sub, rest
			continue
		}
		if len(b) < 4 {
			return nil, nil, errShort
		}
		n := int(int32(binary.BigEndian.Uint32(b)))
		b = b[4:]
		if n < 0 {
			continue // NULL
		}
		if len(b) < n {
			return nil, nil, errShort
		}
		v, err := decodeBinary(elem, b[:n])
		if err != nil {
			return nil, nil, err
		}
		out[i], b = v, b[n:]
	}
	return out, b, nil
}

// decodeText decodes a value in PostgreSQL's text format.
func decodeText(oid uint32, b []byte) (any, error) {
	s := string(b)
	switch oid {
	case oidBool:
		return s == "t" || s == "true", nil
	case oidBytea:
		return decodeByteaText(s)
	case oidInt2, oidInt4, oidInt8, oidOID:
		return strconv.ParseInt(s, 10, 64)
	case oidFloat4:
		f, err := strconv.ParseFloat(s, 64)
		return f, err
	case oidFloat8:
		return strconv.ParseFloat(s, 64)
	case oidMoney:
		return normalizeMoneyText(s), nil
	case oidDate:
		if t, err := time.Parse("2006-01-02", s); err == nil {
			return t, nil
		}
		return s, nil // infinity, BC dates, other DateStyles: as the server wrote them
	case oidTime:
		return parseTimeOfDay(s)
	case oidTimeTZ:
		if i := strings.LastIndexAny(s, "+-"); i > 0 {
			s = s[:i]
		}
		return parseTimeOfDay(s)
	case oidTimestamp:
		if t, err := time.Parse("2006-01-02 15:04:05.999999999", s); err == nil {
			return t, nil
		}
		return s, nil
	case oidTimestampTZ:
		for _, layout := range [...]string{"2006-01-02 15:04:05.999999999Z07", "2006-01-02 15:04:05.999999999Z07:00", "2006-01-02 15:04:05.999999999Z07:00:00"} {
			if t, err := time.Parse(layout, s); err == nil {
				return t.UTC(), nil
			}
		}
		return s, nil
	}
	if elem, ok := arrayElem[oid]; ok {
		return parseTextArray(elem, s)
	}
	// Text, json, numeric, uuid, inet, bit, xml, enums and extension types.
	return s, nil
}

func parseTimeOfDay(s string) (any, error) {
	day := 0
	if strings.HasPrefix(s, "24:") { // 24:00:00 is a valid time
		s, day = "00:"+s[3:], 1
	}
	t, err := time.Parse("15:04:05.999999999", s)
	if err != nil {
		return s, nil
	}
	return t.AddDate(1970, 0, day), nil
}

// normalizeMoneyText strips the currency symbol and group separators from a
// money value in text format ("-$1,234.50" → "-1234.50"), assuming '.' is the
// decimal point.
func normalizeMoneyText(s string) string {
	var b strings.Builder
	for _, r := range s {
		if r == '-' || r == '.' || (r >= '0' && r <= '9') {
			b.WriteRune(r)
		}
	}
	return b.String()
}

func decodeByteaText(s string) ([]byte, error) {
	if strings.HasPrefix(s, `\x`) {
		return hex.DecodeString(s[2:])
	}
	// The "escape" bytea_output format.
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '\\' {
			out = append(out, c)
			continue
		}
		if i+1 < len(s) && s[i+1] == '\\' {
			out = append(out, '\\')
			i++
			continue
		}
		if i+4 > len(s) {
			return nil, fmt.Errorf("pgadapter: malformed bytea %q", s)
		}
		v, err := strconv.ParseUint(s[i+1:i+4], 8, 8)
		if err != nil {
			return nil, fmt.Errorf("pgadapter: malformed bytea %q", s)
		}
		out = append(out, byte(v))
		i += 3
	}
	return out, nil
}

// parseTextArray parses an array literal such as {1,2} or {"a b",NULL}, with
// an optional dimension decoration ([0:1]={...}).
func parseTextArray(elem uint32, s string) (any, error) {
	if strings.HasPrefix(s, "[") {
		i := strings.Index(s, "=")
		if i < 0 {
			return nil, fmt.Errorf("pgadapter: malformed array %q", s)
		}
		s = s[i+1:]
	}
	p := arrayParser{s: s, elem: elem, delim: ','}
	if elem == oidBox {
		p.delim = ';'
	}
	v, err := p.array()
	if err != nil {
		return nil, err
	}
	if p.pos != len(p.s) {
		return nil, fmt.Errorf("pgadapter: malformed array %q", s)
	}
	return v, nil
}

const oidBox = 603 // the only built-in type whose array delimiter is ';'

type arrayParser struct {
	s     string
	pos   int
	elem  uint32
	delim byte
}

func (p *arrayParser) array() ([]any, error) {
	if p.pos >= len(p.s) || p.s[p.pos] != '{' {
		return nil, fmt.Errorf("pgadapter: malformed array %q", p.s)
	}
	p.pos++
	out := []any{}
	if p.pos < len(p.s) && p.s[p.pos] == '}' {
		p.pos++
		return out, nil
	}
	for {
		if p.pos >= len(p.s) {
			return nil, fmt.Errorf("pgadapter: malformed array %q", p.s)
		}
		switch p.s[p.pos] {
		case '{':
			sub, err := p.array()
			if err != nil {
				return nil, err
			}
			out = append(out, sub)
		case '"':
			p.pos++
			var b strings.Builder
			for {
				if p.pos >= len(p.s) {
					return nil, fmt.Errorf("pgadapter: malformed array %q", p.s)
				}
				c := p.s[p.pos]
				p.pos++
				if c == '\\' && p.pos < len(p.s) {
					b.WriteByte(p.s[p.pos])
					p.pos++
					continue
				}
				if c == '"' {
					break
				}
				b.WriteByte(c)
			}
			v, err := decodeText(p.elem, []byte(b.String()))
			if err != nil {
				return nil, err
			}
			out = append(out, v)
		default:
			start := p.pos
			for p.pos < len(p.s) && p.s[p.pos] != p.delim && p.s[p.pos] != '}' {
				p.pos++
			}
			tok := strings.TrimSpace(p.s[start:p.pos])
			if strings.EqualFold(tok, "NULL") {
				out = append(out, nil)
			} else {
				v, err := decodeText(p.elem, []byte(tok))
				if err != nil {
					return nil, err
				}
				out = append(out, v)
			}
		}
		if p.pos >= len(p.s) {
			return nil, fmt.Errorf("pgadapter: malformed array %q", p.s)
		}
		switch p.s[p.pos] {
		case p.delim:
			p.pos++
		case '}':
			p.pos++
			return out, nil
		default:
			return nil, fmt.Errorf("pgadapter: malformed array %q", p.s)
		}
	}
}
