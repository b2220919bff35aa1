package mssqladapter

import (
	"net/url"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/microsoft/go-mssqldb/msdsn"

	"github.com/noengine/noengine/adapter"
)

func ptr[T any](v T) *T { return &v }

// TestParseURL follows @prisma/adapter-mssql's connection-string.test.ts
// case by case (Prisma 7.10), plus the cases noengine adds.
func TestParseURL(t *testing.T) {
	tests := []struct {
		name string
		url  string
		want Config
	}{
		{"basic", "sqlserver://localhost:1433;database=testdb;user=sa;password=mypassword;encrypt=true",
			Config{Host: "localhost", Port: 1433, Database: ptr("testdb"), User: ptr("sa"), Password: ptr("mypassword"), Encrypt: ptr(true)}},
		{"without port", "sqlserver://localhost;database=testdb;user=sa;password=mypassword",
			Config{Host: "localhost", Database: ptr("testdb"), User: ptr("sa"), Password: ptr("mypassword")}},
		{"username", "sqlserver://localhost;database=testdb;username=sa;password=mypassword",
			Config{Host: "localhost", Database: ptr("testdb"), User: ptr("sa"), Password: ptr("mypassword")}},
		{"uid", "sqlserver://localhost;database=testdb;uid=sa;password=mypassword",
			Config{Host: "localhost", Database: ptr("testdb"), User: ptr("sa"), Password: ptr("mypassword")}},
		{"userid", "sqlserver://localhost;database=testdb;userid=sa;password=mypassword",
			Config{Host: "localhost", Database: ptr("testdb"), User: ptr("sa"), Password: ptr("mypassword")}},
		{"pwd", "sqlserver://localhost;database=testdb;user=sa;pwd=mypassword",
			Config{Host: "localhost", Database: ptr("testdb"), User: ptr("sa"), Password: ptr("mypassword")}},
		{"initial catalog", "sqlserver://localhost;initial catalog=testdb;user=sa;password=mypassword",
			Config{Host: "localhost", Database: ptr("testdb"), User: ptr("sa"), Password: ptr("mypassword")}},
		{"first spelling wins", "sqlserver://localhost;uid=b;user=a;pwd=q;password=p;initial catalog=y;database=x",
			Config{Host: "localhost", Database: ptr("x"), User: ptr("a"), Password: ptr("p")}},
		{"encrypt false", "sqlserver://localhost;database=testdb;encrypt=false",
			Config{Host: "localhost", Database: ptr("testdb"), Encrypt: ptr(false)}},
		{"encrypt not true is false", "sqlserver://localhost;encrypt=yes",
			Config{Host: "localhost", Encrypt: ptr(false)}},
		{"trustServerCertificate", "sqlserver://localhost;database=testdb;trustServerCertificate=true",
			Config{Host: "localhost", Database: ptr("testdb"), TrustServerCertificate: ptr(true)}},
		{"trustServerCertificate false", "sqlserver://localhost;database=testdb;trustServerCertificate=false",
			Config{Host: "localhost", Database: ptr("testdb"), TrustServerCertificate: ptr(false)}},
		{"both encryption parameters", "sqlserver://localhost;database=testdb;encrypt=true;trustServerCertificate=true",
			Config{Host: "localhost", Database: ptr("testdb"), Encrypt: ptr(true), TrustServerCertificate: ptr(true)}},
		{"multiSubnetFailover", "sqlserver://localhost;database=testdb;multiSubnetFailover=true",
			Config{Host: "localhost", Database: ptr("testdb"), MultiSubnetFailover: ptr(true)}},
		{"multiSubnetFailover false", "sqlserver://localhost;database=testdb;multiSubnetFailover=false",
			Config{Host: "localhost", Database: ptr("testdb"), MultiSubnetFailover: ptr(false)}},
		{"connectionLimit", "sqlserver://localhost;database=testdb;connectionLimit=10",
			Config{Host: "localhost", Database: ptr("testdb"), ConnectionLimit: 10}},
		{"poolTimeout", "sqlserver://localhost;database=testdb;poolTimeout=15",
			Config{Host: "localhost", Database: ptr("testdb"), PoolTimeout: 15 * time.Second}},
		{"connectTimeout", "sqlserver://localhost;database=testdb;connectTimeout=30",
			Config{Host: "localhost", Database: ptr("testdb"), ConnectTimeout: 30 * time.Second}},
		{"connectionTimeout", "sqlserver://localhost;database=testdb;connectionTimeout=30",
			Config{Host: "localhost", Database: ptr("testdb"), ConnectTimeout: 30 * time.Second}},
		{"loginTimeout", "sqlserver://localhost;database=testdb;loginTimeout=45",
			Config{Host: "localhost", Database: ptr("testdb"), ConnectTimeout: 45 * time.Second}},
		{"loginTimeout wins", "sqlserver://localhost;loginTimeout=45;connectTimeout=30",
			Config{Host: "localhost", ConnectTimeout: 45 * time.Second}},
		{"socketTimeout", "sqlserver://localhost;database=testdb;socketTimeout=60",
			Config{Host: "localhost", Database: ptr("testdb"), SocketTimeout: 60 * time.Second}},
		{"multiple timeouts", "sqlserver://localhost;database=testdb;connectTimeout=30;socketTimeout=60;poolTimeout=10",
			Config{Host: "localhost", Database: ptr("testdb"), ConnectTimeout: 30 * time.Second, SocketTimeout: 60 * time.Second, PoolTimeout: 10 * time.Second}},
		{"numbers as parseInt reads them", "sqlserver://localhost: 1433x;connectionLimit= 7 connections;socketTimeout=+5s",
			Config{Host: "localhost", Port: 1433, ConnectionLimit: 7, SocketTimeout: 5 * time.Second}},
		{"applicationName", "sqlserver://localhost;database=testdb;applicationName=MyApp",
			Config{Host: "localhost", Database: ptr("testdb"), ApplicationName: "MyApp"}},
		{"application name", "sqlserver://localhost;database=testdb;application name=MyApp",
			Config{Host: "localhost", Database: ptr("testdb"), ApplicationName: "MyApp"}},
		{"schema", "sqlserver://localhost;database=testdb;schema=custom",
			Config{Host: "localhost", Database: ptr("testdb"), Schema: "custom"}},
		{"braced password", "sqlserver://localhost;database=testdb;user=sa;password={mypassword}",
			Config{Host: "localhost", Database: ptr("testdb"), User: ptr("sa"), Password: ptr("mypassword")}},
		{"braced semicolon", "sqlserver://localhost;database=testdb;user=sa;password={pass;word}",
			Config{Host: "localhost", Database: ptr("testdb"), User: ptr("sa"), Password: ptr("pass;word")}},
		{"braced equals", "sqlserver://localhost;database=testdb;user=sa;password={pass=word}",
			Config{Host: "localhost", Database: ptr("testdb"), User: ptr("sa"), Password: ptr("pass=word")}},
		{"braced semicolon and equals", "sqlserver://localhost;database=testdb;user=sa;password={pass;word=123}",
			Config{Host: "localhost", Database: ptr("testdb"), User: ptr("sa"), Password: ptr("pass;word=123")}},
		{"braced database", "sqlserver://localhost;database={test;db};user=sa;password=mypassword",
			Config{Host: "localhost", Database: ptr("test;db"), User: ptr("sa"), Password: ptr("mypassword")}},
		{"braced user", `sqlserver://localhost;database=testdb;user={domain\user;name};password=mypassword`,
			Config{Host: "localhost", Database: ptr("testdb"), User: ptr(`domain\user;name`), Password: ptr("mypassword")}},
		{"several braced values", "sqlserver://localhost;database={test;db};user={my;user};password={my;pass=word}",
			Config{Host: "localhost", Database: ptr("test;db"), User: ptr("my;user"), Password: ptr("my;pass=word")}},
		{"complex password", "sqlserver://localhost:1433;database=testdb;user=sa;password={P@ss;w=rd!123};encrypt=true",
			Config{Host: "localhost", Port: 1433, Database: ptr("testdb"), User: ptr("sa"), Password: ptr("P@ss;w=rd!123"), Encrypt: ptr(true)}},
		{"empty braces", "sqlserver://localhost;database=testdb;user=sa;password={}",
			Config{Host: "localhost", Database: ptr("testdb"), User: ptr("sa"), Password: ptr("")}},
		{"braces inside a value", "sqlserver://localhost;database=testdb;user=sa;password=my{pass}word",
			Config{Host: "localhost", Database: ptr("testdb"), User: ptr("sa"), Password: ptr("my{pass}word")}},
		{"unmatched closing brace", "sqlserver://localhost;database=testdb;user=sa;password=pass}word",
			Config{Host: "localhost", Database: ptr("testdb"), User: ptr("sa"), Password: ptr("pass}word")}},
		{"brace not first (tedious)", "sqlserver://localhost;database=testdb;user=u{s;password=}password;",
			Config{Host: "localhost", Database: ptr("testdb"), User: ptr("u{s"), Password: ptr("}password")}},
		{"braces in the middle", "sqlserver://localhost;database=test{db}name;user=my{user}name;password=pass{word}",
			Config{Host: "localhost", Database: ptr("test{db}name"), User: ptr("my{user}name"), Password: ptr("pass{word}")}},
		{"mixed braces", "sqlserver://localhost;database={db;1};user=prefix{middle};password={escaped;pwd}",
			Config{Host: "localhost", Database: ptr("db;1"), User: ptr("prefix{middle}"), Password: ptr("escaped;pwd")}},
		{"brace after a second equals", "sqlserver://localhost;password=a={b;c}",
			Config{Host: "localhost", Password: ptr("a={b;c}")}},
		{"isolationLevel READ COMMITTED", "sqlserver://localhost;database=testdb;isolationLevel=READ COMMITTED",
			Config{Host: "localhost", Database: ptr("testdb"), IsolationLevel: adapter.LevelReadCommitted}},
		{"isolationLevel READ UNCOMMITTED", "sqlserver://localhost;isolationLevel=READ UNCOMMITTED",
			Config{Host: "localhost", IsolationLevel: adapter.LevelReadUncommitted}},
		{"isolationLevel REPEATABLE READ", "sqlserver://localhost;isolationLevel=REPEATABLE READ",
			Config{Host: "localhost", IsolationLevel: adapter.LevelRepeatableRead}},
		{"isolationLevel SERIALIZABLE", "sqlserver://localhost;isolationLevel=SERIALIZABLE",
			Config{Host: "localhost", IsolationLevel: adapter.LevelSerializable}},
		{"isolationLevel SNAPSHOT", "sqlserver://localhost;isolationLevel=SNAPSHOT",
			Config{Host: "localhost", IsolationLevel: adapter.LevelSnapshot}},
		{"isolationLevel without spaces", "sqlserver://localhost;isolationLevel=READUNCOMMITTED",
			Config{Host: "localhost", IsolationLevel: adapter.LevelReadUncommitted}},
		{"isolationLevel any case", "sqlserver://localhost;isolationLevel=ReadCommitted",
			Config{Host: "localhost", IsolationLevel: adapter.LevelReadCommitted}},
		{"isolationLevel lower case", "sqlserver://localhost;isolationLevel=read committed",
			Config{Host: "localhost", IsolationLevel: adapter.LevelReadCommitted}},
		{"boolean values in any case", "sqlserver://localhost;database=testdb;encrypt=TRUE;trustServerCertificate=FALSE",
			Config{Host: "localhost", Database: ptr("testdb"), Encrypt: ptr(true), TrustServerCertificate: ptr(false)}},
		{"whitespace around values", "sqlserver://localhost;database= testdb ;user= sa ;password= mypassword ",
			Config{Host: "localhost", Database: ptr("testdb"), User: ptr("sa"), Password: ptr("mypassword")}},
		{"whitespace around keys", "sqlserver://localhost; database =testdb",
			Config{Host: "localhost", Database: ptr("testdb")}},
		{"keys are case-sensitive", "sqlserver://localhost;Database=testdb;USER=sa",
			Config{Host: "localhost", Unknown: []string{"Database", "USER"}}},
		{"unknown parameters", "sqlserver://localhost;database=testdb;unknownParam=value;anotherUnknown=123",
			Config{Host: "localhost", Database: ptr("testdb"), Unknown: []string{"unknownParam", "anotherUnknown"}}},
		{"only the server", "sqlserver://localhost", Config{Host: "localhost"}},
		{"without the prefix", "localhost:1434;database=x", Config{Host: "localhost", Port: 1434, Database: ptr("x")}},
		{"empty values", "sqlserver://localhost;database=;user=;password=",
			Config{Host: "localhost", Database: ptr(""), User: ptr(""), Password: ptr("")}},
		{"malformed pairs", "sqlserver://localhost;database=testdb;=value;key=;=",
			Config{Host: "localhost", Database: ptr("testdb"), Unknown: []string{"key"}}},
		{"a part without =", "sqlserver://localhost;novalue",
			Config{Host: "localhost", Unknown: []string{"novalue"}}},
		{"named instance", `sqlserver://db.example.com\SQLEXPRESS;database=x`,
			Config{Host: "db.example.com", Instance: "SQLEXPRESS", Database: ptr("x")}},
		{"named instance and port", `sqlserver://db\INST:1500`,
			Config{Host: "db", Instance: "INST", Port: 1500}},
		{"DefaultAzureCredential", "sqlserver://localhost:1433;database=testdb;authentication=DefaultAzureCredential",
			Config{Host: "localhost", Port: 1433, Database: ptr("testdb"), Authentication: "DefaultAzureCredential"}},
		{"ActiveDirectoryIntegrated", "sqlserver://localhost:1433;authentication=ActiveDirectoryIntegrated",
			Config{Host: "localhost", Port: 1433, Authentication: "ActiveDirectoryIntegrated"}},
		{"ActiveDirectoryPassword", "sqlserver://localhost:1433;database=testdb;authentication=ActiveDirectoryPassword;userName=user1;password=mypassword;clientId=my-client-id",
			Config{Host: "localhost", Port: 1433, Database: ptr("testdb"), Password: ptr("mypassword"), Authentication: "ActiveDirectoryPassword"}},
		{"ActiveDirectoryMSI", "sqlserver://localhost:1433;authentication=ActiveDirectoryMSI;clientId=test-client;msiEndpoint=msi-endpoint-1;msiSecret=msi-secret-1",
			Config{Host: "localhost", Port: 1433, Authentication: "ActiveDirectoryMSI"}},
		{"ActiveDirectoryServicePrincipal", "sqlserver://localhost:1433;authentication=ActiveDirectoryServicePrincipal;userName=test-client-id;password=mysecret",
			Config{Host: "localhost", Port: 1433, Password: ptr("mysecret"), Authentication: "ActiveDirectoryServicePrincipal"}},
		{"unknown authentication is ignored", "sqlserver://localhost;authentication=SqlPassword",
			Config{Host: "localhost"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseURL(tt.url)
			if err != nil {
				t.Fatalf("ParseURL(%q): %v", tt.url, err)
			}
			if diff := cmp.Diff(&tt.want, got); diff != "" {
				t.Errorf("ParseURL(%q) (-want +got):\n%s", tt.url, diff)
			}
		})
	}
}

// TestParseURLErrors checks Prisma's errors, with Prisma's messages.
func TestParseURLErrors(t *testing.T) {
	tests := []struct{ url, want string }{
		{"sqlserver://localhost:invalid;database=testdb", "Invalid port number: invalid"},
		{"sqlserver://localhost;database=testdb;connectionLimit=invalid", "Invalid connection limit: invalid"},
		{"sqlserver://localhost;database=testdb;connectTimeout=invalid", "Invalid connection timeout: invalid"},
		{"sqlserver://localhost;database=testdb;connectionTimeout=x", "Invalid connection timeout: x"},
		{"sqlserver://localhost;database=testdb;loginTimeout=invalid", "Invalid login timeout: invalid"},
		{"sqlserver://localhost;database=testdb;socketTimeout=invalid", "Invalid socket timeout: invalid"},
		{"sqlserver://localhost;database=testdb;poolTimeout=invalid", "Invalid pool timeout: invalid"},
		{"sqlserver://localhost;database=testdb;isolationLevel=INVALID", "Invalid isolation level: INVALID"},
		{"sqlserver://;database=testdb", "Server host is required in connection string"},
		{"sqlserver:// :1433;database=testdb", "Server host is required in connection string"},
		{"sqlserver://", "Server host is required in connection string"},
		{"sqlserver://localhost;password={my=pass{nested}};database=testdb", "Malformed connection string: nested '{' braces are not supported"},
		{"sqlserver://localhost;database=testdb;user=sa;password={unclosed;value", "Malformed connection string: unclosed '{' brace (braceDepth=1)"},
		{"sqlserver://localhost;user=a;user=b", "Duplication configuration parameter: user"},
		{"sqlserver://localhost;user=a; user =b", "Duplication configuration parameter: user"},
		{"sqlserver://localhost:1433;authentication=ActiveDirectoryPassword;userName=user1;password=mypassword",
			"Invalid authentication, ActiveDirectoryPassword requires userName, password, clientId"},
		{"sqlserver://localhost:1433;authentication=ActiveDirectoryPassword;userName=user1;clientId=my-client-id",
			"Invalid authentication, ActiveDirectoryPassword requires userName, password, clientId"},
		{"sqlserver://localhost:1433;authentication=ActiveDirectoryPassword;password=mypassword;clientId=my-client-id",
			"Invalid authentication, ActiveDirectoryPassword requires userName, password, clientId"},
		{"sqlserver://localhost:1433;authentication=ActiveDirectoryManagedIdentity;clientId=test-client;msiSecret=msi-secret-1",
			"Invalid authentication, ActiveDirectoryManagedIdentity requires msiEndpoint, msiSecret"},
		{"sqlserver://localhost:1433;authentication=ActiveDirectoryManagedIdentity;clientId=test-client;msiEndpoint=msi-endpoint-1;",
			"Invalid authentication, ActiveDirectoryManagedIdentity requires msiEndpoint, msiSecret"},
		{"sqlserver://localhost:1433;authentication=ActiveDirectoryServicePrincipal;userName=test-client-id",
			"Invalid authentication, ActiveDirectoryServicePrincipal requires userName (clientId), password (clientSecret)"},
		{"sqlserver://localhost:1433;authentication=ActiveDirectoryServicePrincipal;password=mysecret",
			"Invalid authentication, ActiveDirectoryServicePrincipal requires userName (clientId), password (clientSecret)"},
		// A blank host part fails first; an empty host name only after the
		// parameters were read.
		{"sqlserver:// ;connectionLimit=x", "Server host is required in connection string"},
		{"sqlserver:// :1433;connectionLimit=x", "Invalid connection limit: x"},
	}
	for _, tt := range tests {
		t.Run(tt.url, func(t *testing.T) {
			_, err := ParseURL(tt.url)
			if err == nil {
				t.Fatalf("ParseURL(%q) succeeded, want %q", tt.url, tt.want)
			}
			if err.Error() != tt.want {
				t.Errorf("ParseURL(%q) = %q, want %q", tt.url, err, tt.want)
			}
		})
	}
}

func TestJSParseInt(t *testing.T) {
	tests := []struct {
		in   string
		want int
		ok   bool
	}{
		{"42", 42, true}, {"  42", 42, true}, {"42abc", 42, true}, {"+7", 7, true}, {"-3", -3, true},
		{"4.9", 4, true}, {"\t\n12", 12, true}, {"", 0, false}, {"abc", 0, false}, {"-", 0, false}, {"0x1A", 0, true},
	}
	for _, tt := range tests {
		got, ok := jsParseInt(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("jsParseInt(%q) = %d, %v; want %d, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

// TestDSN checks the go-mssqldb DSN of a parsed URL, and that go-mssqldb
// reads it back as meant.
func TestDSN(t *testing.T) {
	tests := []struct {
		name string
		url  string
		dsn  string
	}{
		{"defaults encrypt and verify, as Prisma's driver", "sqlserver://localhost",
			"sqlserver://localhost?TrustServerCertificate=false&encrypt=true"},
		{"everything", "sqlserver://db.example.com:1433;database=shop;user=sa;password=s3cr3t;encrypt=true;trustServerCertificate=true;multiSubnetFailover=true;applicationName=my app;connectTimeout=30;schema=app",
			"sqlserver://sa:s3cr3t@db.example.com:1433?MultiSubnetFailover=true&TrustServerCertificate=true&app+name=my+app&connection+timeout=30&database=shop&encrypt=true"},
		{"encrypt=false", "sqlserver://localhost:1433;encrypt=false",
			"sqlserver://localhost:1433?TrustServerCertificate=false&encrypt=false"},
		{"special characters", "sqlserver://localhost;user={dom\\us;er};password={p@ss:w/rd?#&=;x};database={my db;1}",
			"sqlserver://dom%5Cus;er:p%40ss%3Aw%2Frd%3F%23&=;x@localhost?TrustServerCertificate=false&database=my+db%3B1&encrypt=true"},
		{"user without password", "sqlserver://localhost;user=sa",
			"sqlserver://sa@localhost?TrustServerCertificate=false&encrypt=true"},
		{"named instance", `sqlserver://host\SQLEXPRESS;database=x`,
			"sqlserver://host/SQLEXPRESS?TrustServerCertificate=false&database=x&encrypt=true"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := ParseURL(tt.url)
			if err != nil {
				t.Fatal(err)
			}
			if got := c.DSN(); got != tt.dsn {
				t.Errorf("DSN() =\n  %s\nwant\n  %s", got, tt.dsn)
			}
			if _, err := url.Parse(c.DSN()); err != nil {
				t.Errorf("the DSN is not a URL: %v", err)
			}
		})
	}
}

// TestDSNReadByDriver parses the DSNs with go-mssqldb itself.
func TestDSNReadByDriver(t *testing.T) {
	c, err := ParseURL(`sqlserver://db.example.com:1500;database={my db;1};user={dom\us;er};password={p@ss:w/rd?#&=;x};trustServerCertificate=true;applicationName=noengine test;loginTimeout=7;multiSubnetFailover=true`)
	if err != nil {
		t.Fatal(err)
	}
	p, err := msdsn.Parse(c.DSN())
	if err != nil {
		t.Fatalf("msdsn.Parse(%q): %v", c.DSN(), err)
	}
	got := struct {
		Host, Database, User, Password, AppName string
		Port                                    uint64
		Encryption                              msdsn.Encryption
		Trust                                   bool
		ConnTimeout                             time.Duration
		MultiSubnet                             bool
	}{p.Host, p.Database, p.User, p.Password, p.AppName, p.Port, p.Encryption, p.TLSConfig != nil && p.TLSConfig.InsecureSkipVerify, p.ConnTimeout, p.MultiSubnetFailover}
	want := got
	want.Host, want.Database, want.User, want.Password, want.AppName = "db.example.com", "my db;1", `dom\us;er`, "p@ss:w/rd?#&=;x", "noengine test"
	want.Port, want.Encryption, want.Trust, want.ConnTimeout, want.MultiSubnet = 1500, msdsn.EncryptionRequired, true, 7*time.Second, true
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("go-mssqldb reads the DSN differently (-want +got):\n%s", diff)
	}

	// Without trustServerCertificate the certificate is verified.
	c, _ = ParseURL("sqlserver://localhost")
	p, err = msdsn.Parse(c.DSN())
	if err != nil {
		t.Fatal(err)
	}
	if p.Encryption != msdsn.EncryptionRequired || p.TLSConfig == nil || p.TLSConfig.InsecureSkipVerify {
		t.Errorf("default DSN: encryption %v, TLS %+v; want encryption required with verified certificates", p.Encryption, p.TLSConfig)
	}
	// encrypt=false: only the login is encrypted (tedious' encrypt: false).
	c, _ = ParseURL("sqlserver://localhost;encrypt=false")
	if p, _ = msdsn.Parse(c.DSN()); p.Encryption != msdsn.EncryptionOff {
		t.Errorf("encrypt=false: encryption %v, want EncryptionOff", p.Encryption)
	}
}
