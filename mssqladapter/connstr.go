package mssqladapter

import (
	"errors"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/noengine/noengine/adapter"
)

// Config is a parsed Prisma SQL Server connection string:
//
//	sqlserver://host[:port][;key=value]...
//
// It is read with @prisma/adapter-mssql's rules (connection-string.ts):
//
//   - the sqlserver:// prefix is optional; the first ;-separated part is
//     host[:port], every other part key=value;
//   - a value whose first character is '{' runs to the matching '}' and may
//     hold ';' and '=' ({pass;word}); nested braces are an error, a '{'
//     elsewhere in a value is an ordinary character;
//   - keys are case-sensitive and trimmed, values are trimmed and lose their
//     outer braces; a key given twice is an error, unknown keys are ignored;
//   - database | initial catalog, user | username | uid | userid, password |
//     pwd (the first spelling present wins);
//   - encrypt, trustServerCertificate and multiSubnetFailover are true only
//     when the value is "true" (any case);
//   - connectionLimit, connectTimeout | connectionTimeout, loginTimeout,
//     socketTimeout and poolTimeout are integers read as JavaScript's
//     parseInt reads them ("30s" is 30, "x" an error);
//   - applicationName | application name, isolationLevel (READ COMMITTED,
//     READCOMMITTED, ... in any case), authentication and schema.
type Config struct {
	// Host is the server's host name, without the instance.
	Host string
	// Instance is a named instance (host\instance), or "".
	Instance string
	// Port is the TCP port, 0 when the URL gives none (go-mssqldb then uses
	// 1433, or asks the SQL Browser service for a named instance's port).
	Port int

	// Database, User and Password are nil when the URL does not set them.
	Database *string
	User     *string
	Password *string

	// Encrypt is tedious's encrypt option; nil when the URL does not set
	// it, which means true (the default of @prisma/adapter-mssql's driver).
	Encrypt *bool
	// TrustServerCertificate skips verifying the server's certificate.
	// Nil means false.
	TrustServerCertificate *bool
	// MultiSubnetFailover is passed to go-mssqldb when set.
	MultiSubnetFailover *bool

	// ConnectionLimit caps the open connections; 0: not set (the adapter
	// then uses DefaultConnectionLimit, the size of mssql's default pool).
	ConnectionLimit int
	// ConnectTimeout bounds connecting (connectTimeout, connectionTimeout,
	// or loginTimeout, which wins when both are set).
	ConnectTimeout time.Duration
	// SocketTimeout bounds each statement (socketTimeout).
	SocketTimeout time.Duration
	// PoolTimeout is poolTimeout: the wait for a free connection of the
	// pool. database/sql has no such bound; it is kept for reference.
	PoolTimeout time.Duration

	// ApplicationName is sent to the server (app name).
	ApplicationName string
	// IsolationLevel is the isolation level of transactions started without
	// one, and of every session (isolationLevel); LevelDefault if not set.
	IsolationLevel adapter.IsolationLevel
	// Authentication is the authentication parameter as given, when it
	// names a method @prisma/adapter-mssql knows (Azure AD methods).
	// mssqladapter does not implement them: Open fails when it is set.
	Authentication string
	// Schema is the schema tables are qualified with (Info.SchemaName);
	// "" means dbo.
	Schema string

	// Unknown lists the keys Prisma ignores, in order.
	Unknown []string
}

// The timeouts in Prisma's URL are documented in seconds. (The adapter's
// parser hands the numbers to node-mssql's connectionTimeout and
// requestTimeout unchanged, which node-mssql reads as milliseconds;
// mssqladapter follows the documentation.)
const timeoutUnit = time.Second

var handledParameters = map[string]bool{
	"application name": true, "applicationName": true, "connectTimeout": true, "connectionLimit": true,
	"connectionTimeout": true, "database": true, "encrypt": true, "initial catalog": true, "isolationLevel": true,
	"loginTimeout": true, "multiSubnetFailover": true, "password": true, "poolTimeout": true, "pwd": true,
	"schema": true, "socketTimeout": true, "trustServerCertificate": true, "uid": true, "user": true,
	"userid": true, "username": true,
	// Read for some authentication methods.
	"authentication": true, "userName": true, "clientId": true, "tenantId": true, "msiEndpoint": true, "msiSecret": true,
}

// ParseURL parses a Prisma SQL Server connection string with
// @prisma/adapter-mssql's rules (see [Config]). The error messages are
// Prisma's.
func ParseURL(connectionString string) (*Config, error) {
	rest := strings.TrimPrefix(connectionString, "sqlserver://")
	parts, err := splitRespectingBraces(rest)
	if err != nil {
		return nil, err
	}
	if len(parts) == 0 || strings.TrimSpace(parts[0]) == "" {
		return nil, errors.New("Server host is required in connection string")
	}
	c := &Config{}
	hostPart := strings.Split(parts[0], ":")
	c.Host = strings.TrimSpace(hostPart[0])
	if len(hostPart) > 1 && hostPart[1] != "" {
		port, ok := jsParseInt(hostPart[1])
		if !ok {
			return nil, fmt.Errorf("Invalid port number: %s", hostPart[1])
		}
		c.Port = port
	}
	params := map[string]string{}
	for _, part := range parts[1:] {
		key, value, _ := strings.Cut(part, "=")
		if key == "" {
			continue
		}
		key = strings.TrimSpace(key)
		if _, dup := params[key]; dup {
			return nil, fmt.Errorf("Duplication configuration parameter: %s", key)
		}
		params[key] = unescapeValue(value)
		if !handledParameters[key] {
			c.Unknown = append(c.Unknown, key)
		}
	}
	first := func(keys ...string) (string, bool) {
		for _, k := range keys {
			if v, ok := params[k]; ok {
				return v, true
			}
		}
		return "", false
	}
	str := func(keys ...string) *string {
		if v, ok := first(keys...); ok {
			return &v
		}
		return nil
	}
	boolean := func(key string) *bool {
		if v, ok := params[key]; ok {
			b := strings.ToLower(v) == "true"
			return &b
		}
		return nil
	}
	integer := func(what string, keys ...string) (int, bool, error) {
		v, ok := first(keys...)
		if !ok {
			return 0, false, nil
		}
		n, ok := jsParseInt(v)
		if !ok {
			return 0, false, fmt.Errorf("Invalid %s: %s", what, v)
		}
		return n, true, nil
	}
	c.Database = str("database", "initial catalog")
	c.User = str("user", "username", "uid", "userid")
	c.Password = str("password", "pwd")
	c.Encrypt = boolean("encrypt")
	c.TrustServerCertificate = boolean("trustServerCertificate")
	c.MultiSubnetFailover = boolean("multiSubnetFailover")
	if n, ok, err := integer("connection limit", "connectionLimit"); err != nil {
		return nil, err
	} else if ok {
		c.ConnectionLimit = n
	}
	if n, ok, err := integer("connection timeout", "connectionTimeout", "connectTimeout"); err != nil {
		return nil, err
	} else if ok {
		c.ConnectTimeout = time.Duration(n) * timeoutUnit
	}
	if n, ok, err := integer("login timeout", "loginTimeout"); err != nil {
		return nil, err
	} else if ok {
		c.ConnectTimeout = time.Duration(n) * timeoutUnit
	}
	if n, ok, err := integer("socket timeout", "socketTimeout"); err != nil {
		return nil, err
	} else if ok {
		c.SocketTimeout = time.Duration(n) * timeoutUnit
	}
	if n, ok, err := integer("pool timeout", "poolTimeout"); err != nil {
		return nil, err
	} else if ok {
		c.PoolTimeout = time.Duration(n) * time.Second
	}
	if v, ok := first("applicationName", "application name"); ok {
		c.ApplicationName = v
	}
	if v, ok := params["isolationLevel"]; ok {
		l, err := parseIsolationLevel(v)
		if err != nil {
			return nil, err
		}
		c.IsolationLevel = l
	}
	if v, ok := params["authentication"]; ok {
		if err := checkAuthentication(params, v); err != nil {
			return nil, err
		}
		switch v {
		case "DefaultAzureCredential", "ActiveDirectoryIntegrated", "ActiveDirectoryInteractive", "ActiveDirectoryPassword",
			"ActiveDirectoryManagedIdentity", "ActiveDirectoryMSI", "ActiveDirectoryServicePrincipal":
			c.Authentication = v
		}
	}
	if c.Host == "" {
		return nil, errors.New("Server host is required in connection string")
	}
	if host, inst, ok := strings.Cut(c.Host, `\`); ok {
		c.Host, c.Instance = host, inst
	}
	if v, ok := params["schema"]; ok {
		c.Schema = v
	}
	return c, nil
}

// splitRespectingBraces splits at ';' outside braces; a '{' opens a brace
// only as the first character of a value (right after '=').
func splitRespectingBraces(s string) ([]string, error) {
	var parts []string
	var cur strings.Builder
	depth := 0
	valueStart := -1
	for i := 0; i < len(s); i++ {
		ch := s[i]
		switch {
		case ch == '=':
			cur.WriteByte(ch)
			if depth == 0 {
				valueStart = i + 1
			}
		case ch == '{':
			if i == valueStart {
				depth++
			} else if depth > 0 {
				return nil, errors.New("Malformed connection string: nested '{' braces are not supported")
			}
			cur.WriteByte(ch)
		case ch == '}':
			if depth > 0 {
				depth--
			}
			cur.WriteByte(ch)
		case ch == ';' && depth == 0:
			parts = append(parts, cur.String())
			cur.Reset()
			valueStart = -1
		default:
			cur.WriteByte(ch)
		}
	}
	if cur.Len() > 0 {
		parts = append(parts, cur.String())
	}
	if depth != 0 {
		return nil, fmt.Errorf("Malformed connection string: unclosed '{' brace (braceDepth=%d)", depth)
	}
	return parts, nil
}

// unescapeValue trims a value and removes its outer braces.
func unescapeValue(v string) string {
	t := strings.TrimSpace(v)
	if len(t) >= 2 && t[0] == '{' && t[len(t)-1] == '}' {
		return t[1 : len(t)-1]
	}
	return t
}

// jsParseInt reads a decimal integer as JavaScript's parseInt(s, 10):
// leading white space, an optional sign, then as many digits as there are;
// false when there is no digit.
func jsParseInt(s string) (int, bool) {
	s = strings.TrimLeft(s, " \t\n\r\v\f\u00a0\ufeff")
	neg := false
	if s != "" && (s[0] == '+' || s[0] == '-') {
		neg = s[0] == '-'
		s = s[1:]
	}
	end := 0
	for end < len(s) && s[end] >= '0' && s[end] <= '9' {
		end++
	}
	if end == 0 {
		return 0, false
	}
	n, err := strconv.Atoi(s[:end])
	if err != nil {
		return 0, false
	}
	if neg {
		n = -n
	}
	return n, true
}

// parseIsolationLevel reads the isolationLevel parameter: case and spaces
// do not matter.
func parseIsolationLevel(v string) (adapter.IsolationLevel, error) {
	norm := strings.ToUpper(strings.Join(strings.Fields(v), ""))
	switch norm {
	case "READCOMMITTED":
		return adapter.LevelReadCommitted, nil
	case "READUNCOMMITTED":
		return adapter.LevelReadUncommitted, nil
	case "REPEATABLEREAD":
		return adapter.LevelRepeatableRead, nil
	case "SERIALIZABLE":
		return adapter.LevelSerializable, nil
	case "SNAPSHOT":
		return adapter.LevelSnapshot, nil
	}
	return 0, fmt.Errorf("Invalid isolation level: %s", v)
}

// checkAuthentication checks the parameters an authentication method
// needs, with Prisma's messages.
func checkAuthentication(params map[string]string, method string) error {
	has := func(k string) bool { return params[k] != "" }
	switch method {
	case "ActiveDirectoryPassword":
		if !has("userName") || !has("password") || !has("clientId") {
			return errors.New("Invalid authentication, ActiveDirectoryPassword requires userName, password, clientId")
		}
	case "ActiveDirectoryManagedIdentity", "ActiveDirectoryMSI":
		if !has("msiEndpoint") || !has("msiSecret") {
			return errors.New("Invalid authentication, ActiveDirectoryManagedIdentity requires msiEndpoint, msiSecret")
		}
	case "ActiveDirectoryServicePrincipal":
		if !has("userName") || !has("password") {
			return errors.New("Invalid authentication, ActiveDirectoryServicePrincipal requires userName (clientId), password (clientSecret)")
		}
	}
	return nil
}

// DSN returns the go-mssqldb connection string (its sqlserver:// URL form)
// for the configuration. Encryption defaults to on and certificates are
// verified unless trustServerCertificate=true, as with Prisma's driver
// (go-mssqldb's own defaults differ: no encryption, trusted certificates).
// The pool size, statement timeout, schema and default isolation level are
// not part of the DSN; [Open] applies them.
func (c *Config) DSN() string {
	u := &url.URL{Scheme: "sqlserver", Host: c.Host}
	if c.Port != 0 {
		u.Host = c.Host + ":" + strconv.Itoa(c.Port)
	}
	if c.Instance != "" {
		u.Path = "/" + c.Instance
	}
	if c.User != nil || c.Password != nil {
		user := ""
		if c.User != nil {
			user = *c.User
		}
		if c.Password != nil {
			u.User = url.UserPassword(user, *c.Password)
		} else {
			u.User = url.User(user)
		}
	}
	q := url.Values{}
	if c.Database != nil {
		q.Set("database", *c.Database)
	}
	encrypt := c.Encrypt == nil || *c.Encrypt
	q.Set("encrypt", strconv.FormatBool(encrypt))
	q.Set("TrustServerCertificate", strconv.FormatBool(c.TrustServerCertificate != nil && *c.TrustServerCertificate))
	if c.MultiSubnetFailover != nil {
		q.Set("MultiSubnetFailover", strconv.FormatBool(*c.MultiSubnetFailover))
	}
	if c.ApplicationName != "" {
		q.Set("app name", c.ApplicationName)
	}
	if c.ConnectTimeout > 0 {
		q.Set("connection timeout", strconv.Itoa(int(c.ConnectTimeout/time.Second)))
	}
	u.RawQuery = q.Encode()
	return u.String()
}
