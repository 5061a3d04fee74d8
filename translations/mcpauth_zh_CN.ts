<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>BackendFactory</name>
    <message>
        <source>This build does not know how to connect to %1.</source>
        <translation>此版本不知道如何连接到 %1。</translation>
    </message>
</context>
<context>
    <name>Capability</name>
    <message>
        <source>Organizations</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>List applications</source>
        <translation>列出应用</translation>
    </message>
    <message>
        <source>Create, edit and delete applications</source>
        <translation>创建、编辑和删除应用</translation>
    </message>
    <message>
        <source>Rotate client secrets</source>
        <translation>轮换客户端密钥</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>作用域</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>List tokens</source>
        <translation>列出令牌</translation>
    </message>
    <message>
        <source>Look up a token</source>
        <translation>查找令牌</translation>
    </message>
    <message>
        <source>Revoke tokens</source>
        <translation>撤销令牌</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Verify the audit chain</source>
        <translation>验证审计链</translation>
    </message>
    <message>
        <source>Signing keys</source>
        <translation>签名密钥</translation>
    </message>
    <message>
        <source>Dynamic registration policy</source>
        <translation>动态注册策略</translation>
    </message>
    <message>
        <source>Live updates</source>
        <translation>实时更新</translation>
    </message>
    <message>
        <source>Delete token records</source>
        <translation>删除令牌记录</translation>
    </message>
</context>
<context>
    <name>CasdoorMapping</name>
    <message>
        <source>Casdoor does not accept &quot;%1&quot; in a name (none of %2 may appear); use letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>Casdoor 不接受名称中包含“%1”（%2 中的字符都不允许）；请使用字母、数字、“-”和“_”。</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>请输入名称。</translation>
    </message>
    <message>
        <source>Casdoor has no &quot;:*&quot; port wildcard, and its scheme-less form would also accept plain http on %1. Register the exact port.</source>
        <translation>Casdoor 没有“:*”端口通配符，而它的无协议形式在 %1 上也会接受未加密的 http。请注册确切的端口。</translation>
    </message>
    <message>
        <source>%1 is stored in Casdoor as %2: Casdoor has no &quot;:*&quot; port wildcard; its scheme-less form accepts any port (and https too) on the loopback host.</source>
        <translation>%1 在 Casdoor 中存储为 %2：Casdoor 没有“:*”端口通配符；它的无协议形式在回环主机上接受任意端口（也接受 https）。</translation>
    </message>
    <message>
        <source>Casdoor cannot require PKCE: it checks the code verifier whenever a client sends a challenge, and accepts requests without one.</source>
        <translation>Casdoor 无法强制要求 PKCE：客户端发送 challenge 时它会校验 code verifier，但也接受不带 challenge 的请求。</translation>
    </message>
    <message>
        <source>Casdoor issues JWT access tokens only.</source>
        <translation>Casdoor 只签发 JWT 访问令牌。</translation>
    </message>
    <message>
        <source>Casdoor&apos;s consent policy is fixed: it asks once for the scopes listed in the application&apos;s consent scopes, and remembers the answer.</source>
        <translation>Casdoor 的同意策略是固定的：它对应用的同意范围中列出的范围只询问一次，并记住答复。</translation>
    </message>
    <message>
        <source>Casdoor has no CORS setting per application: it allows an origin that matches one of the application&apos;s redirect URIs, or a loopback origin.</source>
        <translation>Casdoor 没有按应用的 CORS 设置：它允许与应用某个重定向 URI 匹配的来源，或回环来源。</translation>
    </message>
    <message>
        <source>Casdoor&apos;s dynamic registration is either open or disabled; it cannot restrict redirect URIs to patterns.</source>
        <translation>Casdoor 的动态注册只能开放或禁用；无法把重定向 URI 限制为模式。</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>Enter the server&apos;s address, for example https://auth.example.com.</source>
        <translation>请输入服务器地址，例如 https://auth.example.com。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid URL.</source>
        <translation>“%1”不是有效的 URL。</translation>
    </message>
    <message>
        <source>Use https (plain http is accepted only for 127.0.0.1 and localhost).</source>
        <translation>请使用 https（仅 127.0.0.1 和 localhost 接受明文 http）。</translation>
    </message>
    <message>
        <source>The address must not contain a query or a fragment.</source>
        <translation>地址不得包含查询或片段。</translation>
    </message>
    <message>
        <source>Put no user name or password in the address; the secret goes in the keychain.</source>
        <translation>请勿在地址中包含用户名或密码；密钥应存放在密钥链中。</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>数据库密码</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>客户端密钥</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>请为配置文件命名。</translation>
    </message>
    <message>
        <source>The name is longer than 100 characters.</source>
        <translation>名称超过 100 个字符。</translation>
    </message>
    <message>
        <source>Choose the SQLite file of the store.</source>
        <translation>请选择存储的 SQLite 文件。</translation>
    </message>
    <message>
        <source>This is a PostgreSQL URL: choose Local PostgreSQL.</source>
        <translation>这是一个 PostgreSQL URL：请选择“本地 PostgreSQL”。</translation>
    </message>
    <message>
        <source>Enter a URL like postgresql://user@host:5432/database.</source>
        <translation>请输入类似 postgresql://user@host:5432/database 的 URL。</translation>
    </message>
    <message>
        <source>Enter the Casdoor organization, for example built-in.</source>
        <translation>请输入 Casdoor 组织，例如 built-in。</translation>
    </message>
    <message>
        <source>Enter the client ID of a Casdoor application.</source>
        <translation>请输入 Casdoor 应用的客户端 ID。</translation>
    </message>
    <message>
        <source>Enter the client ID the console authenticates with.</source>
        <translation>请输入控制台用于身份验证的客户端 ID。</translation>
    </message>
    <message>
        <source>Unknown backend kind &apos;%1&apos;.</source>
        <translation>未知的后端类型“%1”。</translation>
    </message>
    <message>
        <source>The profile has no id.</source>
        <translation>配置文件没有 ID。</translation>
    </message>
    <message>
        <source>Local SQLite</source>
        <translation>本地 SQLite</translation>
    </message>
    <message>
        <source>Local PostgreSQL</source>
        <translation>本地 PostgreSQL</translation>
    </message>
    <message>
        <source>Casdoor</source>
        <translation>Casdoor</translation>
    </message>
    <message>
        <source>Standards-based authorization server</source>
        <translation>基于标准的授权服务器</translation>
    </message>
    <message>
        <source>Casdoor has no resource entity: the resource indicator is only recorded on each token.</source>
        <translation>Casdoor 没有资源实体：资源指示符仅记录在每个令牌上。</translation>
    </message>
    <message>
        <source>Casdoor keeps scopes inside each application; edit them there.</source>
        <translation>Casdoor 将作用域保存在各个应用中；请在应用中编辑它们。</translation>
    </message>
    <message>
        <source>Manage Casdoor&apos;s users in Casdoor&apos;s own user pages.</source>
        <translation>请在 Casdoor 自己的用户页面中管理 Casdoor 的用户。</translation>
    </message>
    <message>
        <source>Casdoor has no introspection for the console&apos;s credentials; look tokens up in the list.</source>
        <translation>Casdoor 不为控制台的凭据提供内省；请在列表中查找令牌。</translation>
    </message>
    <message>
        <source>Casdoor&apos;s records are not hash-chained, so there is nothing to verify.</source>
        <translation>Casdoor 的记录没有哈希链，因此无需验证。</translation>
    </message>
    <message>
        <source>Casdoor&apos;s signing certificates are managed in Casdoor.</source>
        <translation>Casdoor 的签名证书在 Casdoor 中管理。</translation>
    </message>
    <message>
        <source>Casdoor does not announce changes; refresh with F5.</source>
        <translation>Casdoor 不通知更改；请按 F5 刷新。</translation>
    </message>
    <message>
        <source>The OAuth standards have no organizations.</source>
        <translation>OAuth 标准中没有组织。</translation>
    </message>
    <message>
        <source>Rotate a client&apos;s secret by updating its registration (RFC 7592) on the server.</source>
        <translation>要轮换客户端密钥，请在服务器上更新其注册（RFC 7592）。</translation>
    </message>
    <message>
        <source>The OAuth standards have no API to list a server&apos;s resources.</source>
        <translation>OAuth 标准没有列出服务器资源的 API。</translation>
    </message>
    <message>
        <source>The OAuth standards have no API to manage scopes.</source>
        <translation>OAuth 标准没有管理作用域的 API。</translation>
    </message>
    <message>
        <source>The OAuth standards have no API to manage users.</source>
        <translation>OAuth 标准没有管理用户的 API。</translation>
    </message>
    <message>
        <source>The OAuth standards cannot list tokens; paste a token to look it up (RFC 7662).</source>
        <translation>OAuth 标准无法列出令牌；请粘贴令牌以查找它（RFC 7662）。</translation>
    </message>
    <message>
        <source>The OAuth standards have no API for consents.</source>
        <translation>OAuth 标准没有用于同意的 API。</translation>
    </message>
    <message>
        <source>The OAuth standards have no API for an audit log.</source>
        <translation>OAuth 标准没有用于审计日志的 API。</translation>
    </message>
    <message>
        <source>A server&apos;s signing keys are read from its JWKS, not managed.</source>
        <translation>服务器的签名密钥从其 JWKS 读取，而非在此管理。</translation>
    </message>
    <message>
        <source>The OAuth standards have no API for registration policy.</source>
        <translation>OAuth 标准没有用于注册策略的 API。</translation>
    </message>
    <message>
        <source>The server does not announce changes; refresh with F5.</source>
        <translation>服务器不通知更改；请按 F5 刷新。</translation>
    </message>
    <message>
        <source>The local store keeps every token&apos;s record for the audit trail; revoke the token instead.</source>
        <translation>本地存储会为审计记录保留每个令牌的记录；请改为吊销该令牌。</translation>
    </message>
    <message>
        <source>The OAuth standards revoke tokens (RFC 7009); they cannot delete them.</source>
        <translation>OAuth 标准只能吊销令牌（RFC 7009），不能删除令牌。</translation>
    </message>
</context>
<context>
    <name>ConnectionProfileStore</name>
    <message>
        <source>A profile named &apos;%1&apos; exists already.</source>
        <translation>名为“%1”的配置文件已存在。</translation>
    </message>
    <message>
        <source>There is no such profile.</source>
        <translation>没有此配置文件。</translation>
    </message>
</context>
<context>
    <name>ErrorMessage</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>类型：%1</translation>
    </message>
    <message>
        <source>Field: %1</source>
        <translation>字段：%1</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>消息：%1</translation>
    </message>
    <message>
        <source>MCP Auth Console</source>
        <translation>MCP Auth Console</translation>
    </message>
</context>
<context>
    <name>JwtSignatureCheck</name>
    <message>
        <source>The token is signed with &apos;%1&apos;; the local server only signs with RS256 and ES256, so it did not issue this token.</source>
        <translation>此令牌使用“%1”签名；本地服务器仅使用 RS256 和 ES256 签名，因此该令牌并非由它签发。</translation>
    </message>
    <message>
        <source>no algorithm</source>
        <translation>无算法</translation>
    </message>
    <message>
        <source>No key of the local server has the key ID &apos;%1&apos;: another server issued this token, or its key was removed.</source>
        <translation>本地服务器没有密钥 ID 为“%1”的密钥：该令牌由其他服务器签发，或者其密钥已被移除。</translation>
    </message>
    <message>
        <source>The key &apos;%1&apos; is no longer published in the JWKS, so resource servers reject every token it signed.</source>
        <translation>密钥“%1”已不再发布在 JWKS 中，因此资源服务器会拒绝它签名的所有令牌。</translation>
    </message>
    <message>
        <source>The header says %1, but the key &apos;%2&apos; is a %3 key.</source>
        <translation>标头指明为 %1，但密钥“%2”是 %3 密钥。</translation>
    </message>
    <message>
        <source>The stored public key &apos;%1&apos; could not be read.</source>
        <translation>无法读取存储的公钥“%1”。</translation>
    </message>
    <message>
        <source>The signature does not match the key &apos;%1&apos;: the token was altered after it was signed.</source>
        <translation>签名与密钥“%1”不匹配：令牌在签名后被篡改。</translation>
    </message>
    <message>
        <source>The signature is valid: signed by the local server&apos;s %1 key &apos;%2&apos;.</source>
        <translation>签名有效：由本地服务器的 %1 密钥“%2”签名。</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>any time</source>
        <translation>不限</translation>
    </message>
</context>
<context>
    <name>RegistrationKeyring</name>
    <message>
        <source>This console holds no registration access token for client &apos;%1&apos;, so it cannot manage it: only clients registered from this console (on this machine) can be.</source>
        <translation>此控制台没有客户端“%1”的注册访问令牌，因此无法管理它：只能管理从此控制台（在本机上）注册的客户端。</translation>
    </message>
</context>
<context>
    <name>RemoteSession</name>
    <message>
        <source>No client secret for &apos;%1&apos;: set MCPAUTH_CLIENT_SECRET, or save the profile&apos;s secret in the console (File &gt; Connection Profiles). The keychain said: %2</source>
        <translation>没有“%1”的客户端密钥：请设置 MCPAUTH_CLIENT_SECRET，或在控制台中保存该配置文件的密钥（文件 &gt; 连接配置文件）。密钥链返回：%2</translation>
    </message>
</context>
<context>
    <name>mcpauth::ApplicationEditorDialog</name>
    <message>
        <source>New Application</source>
        <translation>新建应用</translation>
    </message>
    <message>
        <source>Edit Application %1</source>
        <translation>编辑应用 %1</translation>
    </message>
    <message>
        <source>Application settings</source>
        <translation>应用设置</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>常规(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Redirects &amp;&amp; grants</source>
        <translation>重定向和授权类型(&amp;R)</translation>
    </message>
    <message>
        <source>T&amp;okens &amp;&amp; consent</source>
        <translation>令牌和同意(&amp;O)</translation>
    </message>
    <message>
        <source>None: start from defaults</source>
        <translation>无：从默认值开始</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>模板(&amp;T)：</translation>
    </message>
    <message>
        <source>Or&amp;ganization:</source>
        <translation>组织(&amp;G)：</translation>
    </message>
    <message>
        <source>A short unique name, e.g. cursor-team</source>
        <translation>简短的唯一名称，例如 cursor-team</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>显示名称(&amp;D)：</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>描述(&amp;E)：</translation>
    </message>
    <message>
        <source>Generated when left empty</source>
        <translation>留空时自动生成</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>客户端 ID(&amp;C)：</translation>
    </message>
    <message>
        <source>Public: an app on a device, no secret (PKCE)</source>
        <translation>公共：设备上的应用，无密钥（PKCE）</translation>
    </message>
    <message>
        <source>Confidential: runs on a server, has a secret</source>
        <translation>机密：在服务器上运行，有密钥</translation>
    </message>
    <message>
        <source>Client t&amp;ype:</source>
        <translation>客户端类型(&amp;Y)：</translation>
    </message>
    <message>
        <source>none (public clients)</source>
        <translation>none（公共客户端）</translation>
    </message>
    <message>
        <source>client_secret_basic (HTTP Basic)</source>
        <translation>client_secret_basic（HTTP Basic）</translation>
    </message>
    <message>
        <source>client_secret_post (in the form)</source>
        <translation>client_secret_post（在表单中）</translation>
    </message>
    <message>
        <source>Token endpoint &amp;authentication:</source>
        <translation>令牌端点身份验证(&amp;A)：</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>代理</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>默认</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>类别(&amp;T)：</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>类型(&amp;Y)：</translation>
    </message>
    <message>
        <source>Redirect URIs:</source>
        <translation>重定向 URI：</translation>
    </message>
    <message>
        <source>authorization_code: a person signs in and consents</source>
        <translation>authorization_code：用户登录并同意</translation>
    </message>
    <message>
        <source>refresh_token: new access tokens without signing in again</source>
        <translation>refresh_token：无需再次登录即可获取新的访问令牌</translation>
    </message>
    <message>
        <source>client_credentials: the client acts for itself (confidential only)</source>
        <translation>client_credentials：客户端代表自己执行操作（仅限机密客户端）</translation>
    </message>
    <message>
        <source>Grant types:</source>
        <translation>授权类型：</translation>
    </message>
    <message>
        <source>Require &amp;PKCE (S256) on every authorization request</source>
        <translation>在每个授权请求中要求 PKCE (S256)(&amp;P)</translation>
    </message>
    <message>
        <source>JWT (verifiable by the resource)</source>
        <translation>JWT（可由资源验证）</translation>
    </message>
    <message>
        <source>Opaque (checked by introspection)</source>
        <translation>不透明（通过内省检查）</translation>
    </message>
    <message>
        <source>Token &amp;format:</source>
        <translation>令牌格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Signing algorithm:</source>
        <translation>签名算法(&amp;S)：</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>From %1 s (one minute) to %2 s (one day).</source>
        <translation>从 %1 秒（一分钟）到 %2 秒（一天）。</translation>
    </message>
    <message>
        <source>A&amp;ccess token lifetime:</source>
        <translation>访问令牌有效期(&amp;C)：</translation>
    </message>
    <message>
        <source>At most %1 s (one year).</source>
        <translation>最多 %1 秒（一年）。</translation>
    </message>
    <message>
        <source>&amp;Refresh token lifetime:</source>
        <translation>刷新令牌有效期(&amp;R)：</translation>
    </message>
    <message>
        <source>Once: ask the first time, remember the answer</source>
        <translation>一次：首次询问，并记住答复</translation>
    </message>
    <message>
        <source>Always: ask on every authorization</source>
        <translation>始终：每次授权时询问</translation>
    </message>
    <message>
        <source>Never: trusted first-party client</source>
        <translation>从不：受信任的第一方客户端</translation>
    </message>
    <message>
        <source>Co&amp;nsent:</source>
        <translation>同意(&amp;N)：</translation>
    </message>
    <message>
        <source>Space-separated; empty: any scope of the resource</source>
        <translation>以空格分隔；留空：资源的任意作用域</translation>
    </message>
    <message>
        <source>Allowed sco&amp;pes:</source>
        <translation>允许的作用域(&amp;P)：</translation>
    </message>
    <message>
        <source>Space-separated origins, e.g. https://app.example.com</source>
        <translation>以空格分隔的源，例如 https://app.example.com</translation>
    </message>
    <message>
        <source>CORS &amp;origins:</source>
        <translation>CORS 源(&amp;O)：</translation>
    </message>
    <message>
        <source>Could not load the organizations: %1</source>
        <translation>无法加载组织：%1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n problem(s))</source>
        <translation>
            <numerusform>%1（%n 个问题）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mcpauth::ApplicationTableModel</name>
    <message>
        <source>Confidential</source>
        <translation>机密</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>公共</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>始终</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>一次</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>从不</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>控制台</translation>
    </message>
    <message>
        <source>CLI</source>
        <translation>CLI</translation>
    </message>
    <message>
        <source>Dynamic registration</source>
        <translation>动态注册</translation>
    </message>
    <message>
        <source>Metadata document</source>
        <translation>元数据文档</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>客户端 ID</translation>
    </message>
    <message>
        <source>Client type</source>
        <translation>客户端类型</translation>
    </message>
    <message>
        <source>Redirect URIs</source>
        <translation>重定向 URI</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>创建者</translation>
    </message>
</context>
<context>
    <name>mcpauth::ApplicationsPage</name>
    <message>
        <source>Filter by name, client ID or redirect URI (Ctrl+F)</source>
        <translation>按名称、客户端 ID 或重定向 URI 筛选 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter applications</source>
        <translation>筛选应用</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>新建应用</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit application</source>
        <translation>编辑应用</translation>
    </message>
    <message>
        <source>&amp;Rotate Secret…</source>
        <translation>轮换密钥(&amp;R)…</translation>
    </message>
    <message>
        <source>Rotate the client secret</source>
        <translation>轮换客户端密钥</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete application</source>
        <translation>删除应用</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Could not load the applications</source>
        <translation>无法加载应用</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n 个应用</numerusform>
        </translation>
    </message>
    <message>
        <source>New application (Ctrl+N)</source>
        <translation>新建应用 (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit the selected application (Enter)</source>
        <translation>编辑所选应用 (Enter)</translation>
    </message>
    <message>
        <source>Delete the selected application (Delete)</source>
        <translation>删除所选应用 (Delete)</translation>
    </message>
    <message>
        <source>A public client has no secret: it proves itself with PKCE.</source>
        <translation>公共客户端没有密钥：它通过 PKCE 证明自身身份。</translation>
    </message>
    <message>
        <source>Issue a new client secret; the current one stops working at once.</source>
        <translation>签发新的客户端密钥；当前密钥将立即失效。</translation>
    </message>
    <message>
        <source>Application %1 created.</source>
        <translation>已创建应用 %1。</translation>
    </message>
    <message>
        <source>Application %1 saved.</source>
        <translation>已保存应用 %1。</translation>
    </message>
    <message>
        <source>Client Secret</source>
        <translation>客户端密钥</translation>
    </message>
    <message>
        <source>The client secret of %1 (client ID %2). Put it in the client&apos;s configuration.</source>
        <translation>%1 的客户端密钥（客户端 ID %2）。请将其放入客户端的配置中。</translation>
    </message>
    <message>
        <source>Rotate Client Secret</source>
        <translation>轮换客户端密钥</translation>
    </message>
    <message>
        <source>Rotate the client secret of %1?</source>
        <translation>要轮换 %1 的客户端密钥吗？</translation>
    </message>
    <message>
        <source>The current secret stops working at once: every client that uses it must be given the new one. Tokens already issued stay valid.</source>
        <translation>当前密钥将立即失效：所有使用它的客户端都必须获得新密钥。已签发的令牌仍然有效。</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>轮换</translation>
    </message>
    <message>
        <source>Could not rotate the secret of %1</source>
        <translation>无法轮换 %1 的密钥</translation>
    </message>
    <message>
        <source>The secret of %1 was rotated.</source>
        <translation>已轮换 %1 的密钥。</translation>
    </message>
    <message>
        <source>New Client Secret</source>
        <translation>新的客户端密钥</translation>
    </message>
    <message>
        <source>The new client secret of %1 (client ID %2). The previous one no longer works.</source>
        <translation>%1 的新客户端密钥（客户端 ID %2）。之前的密钥已失效。</translation>
    </message>
    <message>
        <source>Could not delete %1</source>
        <translation>无法删除 %1</translation>
    </message>
    <message>
        <source>Delete Application</source>
        <translation>删除应用</translation>
    </message>
    <message>
        <source>Delete the application %1?</source>
        <translation>要删除应用 %1 吗？</translation>
    </message>
    <message>
        <source>Its %1 (%2 still active) and %3 are deleted with it, and clients using client ID %4 can no longer sign in. The audit log keeps the history.</source>
        <translation>其 %1（其中 %2 个仍有效）和 %3 将一并删除，使用客户端 ID %4 的客户端将无法再登录。审计日志会保留历史记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n 个令牌</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s)</source>
        <translation>
            <numerusform>%n 项同意</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Application %1 deleted with %2 and %3.</source>
        <translation>已删除应用 %1，以及 %2 和 %3。</translation>
    </message>
    <message>
        <source>Only the clients registered from this console are listed: the OAuth standards have no way to list a server&apos;s clients. Their registration access tokens are in the keychain.</source>
        <translation>仅列出从此控制台注册的客户端：OAuth 标准无法列出服务器的客户端。它们的注册访问令牌保存在密钥链中。</translation>
    </message>
</context>
<context>
    <name>mcpauth::AuditPage</name>
    <message>
        <source>&amp;Text:</source>
        <translation>文本(&amp;T)：</translation>
    </message>
    <message>
        <source>Anywhere in the event (Ctrl+F)</source>
        <translation>事件中的任意位置 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Ac&amp;tor:</source>
        <translation>执行者(&amp;T)：</translation>
    </message>
    <message>
        <source>cli:root, console:alice, server…</source>
        <translation>cli:root, console:alice, server…</translation>
    </message>
    <message>
        <source>Acti&amp;on:</source>
        <translation>操作(&amp;O)：</translation>
    </message>
    <message>
        <source>token.revoke, or token. for all</source>
        <translation>token.revoke，或 token. 表示全部</translation>
    </message>
    <message>
        <source>Tar&amp;get ID:</source>
        <translation>目标 ID(&amp;G)：</translation>
    </message>
    <message>
        <source>The id of an entity</source>
        <translation>实体的 ID</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>结果(&amp;U)：</translation>
    </message>
    <message>
        <source>From</source>
        <translation>起始</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>早于</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>起始(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;before:</source>
        <translation>早于(&amp;B)：</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>验证链(&amp;V)</translation>
    </message>
    <message>
        <source>Recompute every event&apos;s hash: shows whether any stored event was changed or removed</source>
        <translation>重新计算每个事件的哈希：显示是否有已存储的事件被更改或删除</translation>
    </message>
    <message>
        <source>Verification progress</source>
        <translation>验证进度</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Write the events that match the filter to a CSV or JSON file</source>
        <translation>将与筛选条件匹配的事件写入 CSV 或 JSON 文件</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>审计事件</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>事件详细信息</translation>
    </message>
    <message>
        <source>Select an event to see its details.</source>
        <translation>选择一个事件以查看其详细信息。</translation>
    </message>
    <message>
        <source>Could not load the audit log</source>
        <translation>无法加载审计日志</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message numerus="yes">
        <source>%1 event(s)</source>
        <translation>
            <numerusform>%1 个事件</numerusform>
        </translation>
    </message>
    <message>
        <source>Event %1, %2 (UTC)
Actor: %3
Action: %4
Target: %5 %6
Outcome: %7
Source: %8

</source>
        <translation>事件 %1，%2 (UTC)
执行者：%3
操作：%4
目标：%5 %6
结果：%7
来源：%8

</translation>
    </message>
    <message>
        <source>No details.</source>
        <translation>无详细信息。</translation>
    </message>
    <message>
        <source>
Hash: %1
Previous: %2</source>
        <translation>
哈希：%1
上一个：%2</translation>
    </message>
    <message>
        <source>Checking every event&apos;s hash…</source>
        <translation>正在检查每个事件的哈希…</translation>
    </message>
    <message>
        <source>The chain could not be checked.</source>
        <translation>无法检查该链。</translation>
    </message>
    <message>
        <source>Could not verify the audit log</source>
        <translation>无法验证审计日志</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Intact&lt;/b&gt;: all %n event(s) are in the chain unchanged; none was altered, removed or reordered.</source>
        <translation>
            <numerusform>&lt;b&gt;完好&lt;/b&gt;：全部 %n 个事件均未经更改地保留在链中；没有任何事件被修改、删除或重新排序。</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Broken at event %1&lt;/b&gt;: %2 Events from there on cannot be trusted; compare them with a backup.</source>
        <translation>&lt;b&gt;在事件 %1 处断开&lt;/b&gt;：%2 从该事件起的事件均不可信；请将它们与备份进行比较。</translation>
    </message>
    <message>
        <source>The audit chain is intact.</source>
        <translation>审计链完好。</translation>
    </message>
    <message>
        <source>The audit chain is broken.</source>
        <translation>审计链已断开。</translation>
    </message>
</context>
<context>
    <name>mcpauth::AuditTableModel</name>
    <message>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>执行者</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>目标</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>序号</translation>
    </message>
</context>
<context>
    <name>mcpauth::Backend</name>
    <message>
        <source>%1 is not available on this backend.</source>
        <translation>%1 在此后端上不可用。</translation>
    </message>
    <message>
        <source>This backend publishes no authorization server metadata.</source>
        <translation>此后端未发布授权服务器元数据。</translation>
    </message>
</context>
<context>
    <name>mcpauth::CasdoorBackend</name>
    <message>
        <source>Casdoor: %1 (organization %2)</source>
        <translation>Casdoor：%1（组织 %2）</translation>
    </message>
    <message>
        <source>Casdoor generates an application&apos;s secret once; change it in Casdoor&apos;s application page.</source>
        <translation>Casdoor 只生成一次应用的密钥；请在 Casdoor 的应用页面中更改。</translation>
    </message>
    <message>
        <source>Casdoor&apos;s consent policy is fixed: it asks once for the scopes listed in the application&apos;s consent scopes, and remembers the answer.</source>
        <translation>Casdoor 的同意策略是固定的：它对应用的同意范围中列出的范围只询问一次，并记住答复。</translation>
    </message>
    <message>
        <source>Casdoor has no &quot;:*&quot; port wildcard: http://127.0.0.1:*/callback is stored as 127.0.0.1/callback, its scheme-less form, which accepts any port (and https too). Casdoor also accepts any http://localhost and http://127.0.0.1 redirect for every application.</source>
        <translation>Casdoor 没有“:*”端口通配符：http://127.0.0.1:*/callback 会存储为无协议形式 127.0.0.1/callback，它接受任意端口（也接受 https）。Casdoor 还对每个应用接受任何 http://localhost 和 http://127.0.0.1 的重定向。</translation>
    </message>
    <message>
        <source>Casdoor cannot require PKCE: it checks the code verifier whenever a client sends a challenge, and accepts requests without one.</source>
        <translation>Casdoor 无法强制要求 PKCE：客户端发送 challenge 时它会校验 code verifier，但也接受不带 challenge 的请求。</translation>
    </message>
    <message>
        <source>Casdoor has no CORS setting per application: it allows an origin that matches one of the application&apos;s redirect URIs, or a loopback origin.</source>
        <translation>Casdoor 没有按应用的 CORS 设置：它允许与应用某个重定向 URI 匹配的来源，或回环来源。</translation>
    </message>
    <message>
        <source>Casdoor has no revocation endpoint. Expiring a token keeps its record (update-token with expiresIn 0); deleting removes it. Either way Casdoor refuses the token from then on, but a resource server that validates the JWT offline accepts it until it expires.</source>
        <translation>Casdoor 没有吊销端点。让令牌过期会保留其记录（使用 expiresIn 0 调用 update-token）；删除则移除记录。两种方式下 Casdoor 此后都会拒绝该令牌，但离线验证 JWT 的资源服务器在其过期前仍会接受它。</translation>
    </message>
    <message>
        <source>Casdoor keeps consents in each user&apos;s applicationScopes. Revoking a consent does not revoke the tokens already issued.</source>
        <translation>Casdoor 将同意保存在每个用户的 applicationScopes 中。撤销同意不会吊销已签发的令牌。</translation>
    </message>
    <message>
        <source>These are Casdoor&apos;s records: by default only POST requests are recorded, and calls made with application credentials (like this console&apos;s) may not be recorded at all.</source>
        <translation>这些是 Casdoor 的记录：默认只记录 POST 请求，而使用应用凭据（例如本控制台的凭据）进行的调用可能根本不会被记录。</translation>
    </message>
    <message>
        <source>Casdoor has no organization &quot;%1&quot;; check the profile&apos;s organization.</source>
        <translation>Casdoor 中没有组织“%1”；请检查配置文件中的组织。</translation>
    </message>
    <message>
        <source>Casdoor has no application &quot;%1&quot;.</source>
        <translation>Casdoor 中没有应用“%1”。</translation>
    </message>
    <message>
        <source>Casdoor did not add the application &quot;%1&quot;: the name or client ID may be taken, or the application quota reached.</source>
        <translation>Casdoor 没有添加应用“%1”：名称或客户端 ID 可能已被占用，或已达到应用配额。</translation>
    </message>
    <message>
        <source>Casdoor did not change the application &quot;%1&quot;.</source>
        <translation>Casdoor 没有更改应用“%1”。</translation>
    </message>
    <message>
        <source>Casdoor accepted the change, but reading the application back failed: %1</source>
        <translation>Casdoor 接受了更改，但回读应用失败：%1</translation>
    </message>
    <message>
        <source>Casdoor accepted the change but did not store the field &quot;%1&quot;; it holds the value shown after a refresh.</source>
        <translation>Casdoor 接受了更改，但没有保存字段“%1”；其值为刷新后显示的值。</translation>
    </message>
    <message>
        <source>%1 Whether the application changed could not be checked: %2</source>
        <translation>%1 无法确认应用是否已更改：%2</translation>
    </message>
    <message>
        <source>%1 Nothing was changed (read back from Casdoor).</source>
        <translation>%1 没有任何更改（已从 Casdoor 回读）。</translation>
    </message>
    <message>
        <source>%1 The application in Casdoor now differs from before; refresh and check it.</source>
        <translation>%1 Casdoor 中的应用现在与之前不同；请刷新并检查。</translation>
    </message>
    <message>
        <source>Casdoor did not delete the application &quot;%1&quot; (it may be gone already, or be app-built-in, which cannot be deleted).</source>
        <translation>Casdoor 没有删除应用“%1”（它可能已不存在，或者是无法删除的 app-built-in）。</translation>
    </message>
    <message>
        <source>Casdoor has no token %1.</source>
        <translation>Casdoor 中没有令牌 %1。</translation>
    </message>
    <message>
        <source>The token %1 is already expired in Casdoor.</source>
        <translation>令牌 %1 在 Casdoor 中已过期。</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) expired; then Casdoor refused to expire %1: %2</source>
        <translation>
            <numerusform>已使 %n 个令牌过期；随后 Casdoor 拒绝使 %1 过期：%2</numerusform>
        </translation>
    </message>
    <message>
        <source>Casdoor did not expire the token %1.</source>
        <translation>Casdoor 没有使令牌 %1 过期。</translation>
    </message>
    <message>
        <source>Casdoor did not delete the token %1.</source>
        <translation>Casdoor 没有删除令牌 %1。</translation>
    </message>
    <message>
        <source>No consent has the id %1.</source>
        <translation>没有 ID 为 %1 的同意。</translation>
    </message>
    <message>
        <source>Casdoor has no user %1.</source>
        <translation>Casdoor 中没有用户 %1。</translation>
    </message>
    <message>
        <source>The consent %1 is already gone.</source>
        <translation>同意 %1 已不存在。</translation>
    </message>
    <message>
        <source>Casdoor did not change the user&apos;s consents.</source>
        <translation>Casdoor 没有更改该用户的同意。</translation>
    </message>
    <message>
        <source>Casdoor cannot count filtered records; the list shows them.</source>
        <translation>Casdoor 无法统计筛选后的记录；列表中会显示它们。</translation>
    </message>
    <message>
        <source>Casdoor has no organization &quot;%1&quot;.</source>
        <translation>Casdoor 中没有组织“%1”。</translation>
    </message>
    <message>
        <source>Casdoor counts lifetimes in hours and gives new applications 168 hours (seven days) for access tokens. It accepts up to a year here; the console&apos;s own server allows at most one day, because a leaked access token works until it expires. Lower it unless your clients need it.</source>
        <translation>Casdoor 以小时计算有效期，并为新应用的访问令牌设置 168 小时（七天）。此处最多可设一年；控制台自带的服务器最多允许一天，因为泄露的访问令牌在过期前一直有效。除非客户端确实需要，否则请调低。</translation>
    </message>
</context>
<context>
    <name>mcpauth::CasdoorClient</name>
    <message>
        <source>Casdoor at %1 could not be reached: %2</source>
        <translation>无法连接到位于 %1 的 Casdoor：%2</translation>
    </message>
    <message>
        <source>Casdoor refused the console&apos;s credentials (HTTP %1%2). Check the profile&apos;s client ID and the client secret in the keychain.</source>
        <translation>Casdoor 拒绝了控制台的凭据（HTTP %1%2）。请检查配置文件的客户端 ID 和钥匙串中的客户端密钥。</translation>
    </message>
    <message>
        <source>Casdoor&apos;s answer to %1 (HTTP %2) is not the JSON envelope Casdoor sends. Is %3 a Casdoor server?</source>
        <translation>Casdoor 对 %1 的响应（HTTP %2）不是 Casdoor 发送的 JSON 信封。%3 是 Casdoor 服务器吗？</translation>
    </message>
    <message>
        <source>Casdoor did not accept the console&apos;s client ID and secret (it answered &quot;%1&quot;). Casdoor ignores wrong credentials and treats the call as anonymous: check the profile&apos;s client ID and the client secret in the keychain.</source>
        <translation>Casdoor 没有接受控制台的客户端 ID 和密钥（它的答复是“%1”）。Casdoor 会忽略错误的凭据并将调用视为匿名：请检查配置文件的客户端 ID 和钥匙串中的客户端密钥。</translation>
    </message>
    <message>
        <source>Casdoor refused %1: %2</source>
        <translation>Casdoor 拒绝了 %1：%2</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>（未给出原因）</translation>
    </message>
    <message>
        <source>Casdoor answered %1 with HTTP %2.</source>
        <translation>Casdoor 对 %1 的响应为 HTTP %2。</translation>
    </message>
    <message>
        <source>Casdoor&apos;s page of %1 has no list or no total count; the server may be older than this console supports.</source>
        <translation>Casdoor 返回的 %1 页面没有列表或总数；服务器可能比本控制台支持的版本更旧。</translation>
    </message>
    <message>
        <source>Casdoor&apos;s list %1 has more than %2 pages; narrow it down.</source>
        <translation>Casdoor 列表 %1 超过 %2 页；请缩小范围。</translation>
    </message>
</context>
<context>
    <name>mcpauth::ClientPage</name>
    <message>
        <source>Through mcp-remote, which Claude Desktop starts from claude_desktop_config.json.</source>
        <translation>通过 mcp-remote，由 Claude Desktop 根据 claude_desktop_config.json 启动。</translation>
    </message>
    <message>
        <source>An http entry in ~/.claude.json, or the claude mcp add command.</source>
        <translation>~/.claude.json 中的 http 条目，或 claude mcp add 命令。</translation>
    </message>
    <message>
        <source>An entry in ~/.cursor/mcp.json; Cursor signs in through its cursor:// link.</source>
        <translation>~/.cursor/mcp.json 中的条目；Cursor 通过其 cursor:// 链接登录。</translation>
    </message>
    <message>
        <source>An http server in VS Code&apos;s user mcp.json.</source>
        <translation>VS Code 用户 mcp.json 中的 http 服务器。</translation>
    </message>
    <message>
        <source>A serverUrl entry in ~/.codeium/windsurf/mcp_config.json.</source>
        <translation>~/.codeium/windsurf/mcp_config.json 中的 serverUrl 条目。</translation>
    </message>
    <message>
        <source>The MCP Inspector&apos;s command line, to list the server&apos;s tools.</source>
        <translation>MCP Inspector 的命令行，用于列出服务器的工具。</translation>
    </message>
    <message>
        <source>Any other MCP client: the console shows what to enter in its settings.</source>
        <translation>任何其他 MCP 客户端：控制台会显示需要在其设置中输入的内容。</translation>
    </message>
    <message>
        <source>Which client do you want to connect?</source>
        <translation>要连接哪个客户端？</translation>
    </message>
    <message>
        <source>The wizard writes that client&apos;s configuration and creates what it needs on the authorization server.</source>
        <translation>向导会写入该客户端的配置，并在授权服务器上创建其所需的内容。</translation>
    </message>
</context>
<context>
    <name>mcpauth::ConfigPage</name>
    <message>
        <source>The client&apos;s configuration</source>
        <translation>客户端的配置</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>Linux</source>
        <translation>Linux</translation>
    </message>
    <message>
        <source>macOS</source>
        <translation>macOS</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <source>Server name in the client</source>
        <translation>客户端中的服务器名称</translation>
    </message>
    <message>
        <source>Configuration entry</source>
        <translation>配置条目</translation>
    </message>
    <message>
        <source>Code execution warning</source>
        <translation>代码执行警告</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Configuration file</source>
        <translation>配置文件</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the configuration file</source>
        <translation>选择配置文件</translation>
    </message>
    <message>
        <source>Changes to the file</source>
        <translation>对文件的更改</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>写入(&amp;W)</translation>
    </message>
    <message>
        <source>Write the configuration file</source>
        <translation>写入配置文件</translation>
    </message>
    <message>
        <source>Writes the file; the old one is kept beside it as a backup.</source>
        <translation>写入该文件；旧文件会作为备份保留在其旁边。</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy to the clipboard</source>
        <translation>复制到剪贴板</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Server &amp;name:</source>
        <translation>服务器名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;System:</source>
        <translation>系统(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>文件(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Entry:</source>
        <translation>条目(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Changes to the file:</source>
        <translation>对文件的更改(&amp;C)：</translation>
    </message>
    <message>
        <source>What %1 needs to reach %2. Review the changes, then write the file or copy the text.</source>
        <translation>%1 访问 %2 所需的内容。请检查更改，然后写入文件或复制文本。</translation>
    </message>
    <message>
        <source>MCP server URL: %1</source>
        <translation>MCP 服务器 URL：%1</translation>
    </message>
    <message>
        <source>Client ID: %1</source>
        <translation>客户端 ID：%1</translation>
    </message>
    <message>
        <source>Client secret: none (public client, PKCE)</source>
        <translation>客户端密钥：无（公共客户端，PKCE）</translation>
    </message>
    <message>
        <source>Redirect URIs the application accepts: %1</source>
        <translation>应用接受的重定向 URI：%1</translation>
    </message>
    <message>
        <source>Scopes: %1</source>
        <translation>作用域：%1</translation>
    </message>
    <message>
        <source>Could not make the configuration.</source>
        <translation>无法生成配置。</translation>
    </message>
    <message>
        <source>⚠ Code execution: %1 runs this command with your privileges every time it starts. Writing the file approves it; check every word.</source>
        <translation>⚠ 代码执行：%1 每次启动时都会以您的权限运行此命令。写入文件即表示批准该命令；请仔细检查每个词。</translation>
    </message>
    <message>
        <source>⚠ Code execution: this command downloads a package from npm and runs it with your privileges.</source>
        <translation>⚠ 代码执行：此命令会从 npm 下载软件包并以您的权限运行。</translation>
    </message>
    <message>
        <source>Run this command once in a terminal to add the server:</source>
        <translation>请在终端中运行一次此命令以添加服务器：</translation>
    </message>
    <message>
        <source>This client has no configuration file: run or copy the command.</source>
        <translation>此客户端没有配置文件：请运行或复制该命令。</translation>
    </message>
    <message>
        <source>The configuration for another system is shown to copy; only this computer&apos;s files are written.</source>
        <translation>此处显示的是另一个系统的配置，仅供复制；只会写入本机的文件。</translation>
    </message>
    <message>
        <source>Could not prepare the file.</source>
        <translation>无法准备文件。</translation>
    </message>
    <message>
        <source>%1 already holds this entry: nothing to write.</source>
        <translation>%1 已包含此条目：无需写入。</translation>
    </message>
    <message>
        <source>Writing replaces the entry “%1” in %2.</source>
        <translation>写入将替换 %2 中的条目“%1”。</translation>
    </message>
    <message>
        <source>Writing adds the entry “%1” to %2; everything else stays.</source>
        <translation>写入将把条目“%1”添加到 %2；其他内容保持不变。</translation>
    </message>
    <message>
        <source>Writing creates %1.</source>
        <translation>写入将创建 %1。</translation>
    </message>
    <message>
        <source>Could not write the configuration.</source>
        <translation>无法写入配置。</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>已写入 %1。</translation>
    </message>
    <message>
        <source>Wrote %1; the old file is kept as %2.</source>
        <translation>已写入 %1；旧文件保留为 %2。</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON 文件 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>已复制到剪贴板。</translation>
    </message>
</context>
<context>
    <name>mcpauth::ConnectionProfilesDialog</name>
    <message>
        <source>Connection Profiles</source>
        <translation>连接配置文件</translation>
    </message>
    <message>
        <source>Saved profiles</source>
        <translation>已保存的配置文件</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新建(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>配置文件名称</translation>
    </message>
    <message>
        <source>Backend kind</source>
        <translation>后端类型</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>客户端 ID</translation>
    </message>
    <message>
        <source>Open this profile when the console starts</source>
        <translation>控制台启动时打开此配置文件</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>组织(&amp;O)：</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>客户端 ID(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Backend:</source>
        <translation>后端(&amp;B)：</translation>
    </message>
    <message>
        <source>What this backend can do</source>
        <translation>此后端支持的功能</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>功能</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>可用</translation>
    </message>
    <message>
        <source>What this backend can do:</source>
        <translation>此后端支持的功能：</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1（默认）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>正在检查密钥链…</translation>
    </message>
    <message>
        <source>Saved; type to replace it</source>
        <translation>已保存；输入内容以替换</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>尚未保存</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>删除配置文件</translation>
    </message>
    <message>
        <source>Delete the profile &apos;%1&apos; and its saved secret? The backend itself is not changed.</source>
        <translation>要删除配置文件“%1”及其已保存的密钥吗？后端本身不会更改。</translation>
    </message>
    <message>
        <source>Store &amp;file:</source>
        <translation>存储文件(&amp;F)：</translation>
    </message>
    <message>
        <source>/home/you/.local/share/mcp-auth/store.sqlite</source>
        <translation>/home/you/.local/share/mcp-auth/store.sqlite</translation>
    </message>
    <message>
        <source>Database &amp;URL:</source>
        <translation>数据库 URL(&amp;U)：</translation>
    </message>
    <message>
        <source>Casdoor &amp;URL:</source>
        <translation>Casdoor URL(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation>颁发者(&amp;I)：</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1：</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in a file.</source>
        <translation>保存在系统密钥链中，绝不会写入文件。</translation>
    </message>
    <message>
        <source>No keychain is available (%1). The secret will be kept for this session only and asked for again next time.</source>
        <translation>没有可用的密钥链（%1）。密钥将仅在本次会话中保留，下次会再次询问。</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No: %1</source>
        <translation>否：%1</translation>
    </message>
    <message>
        <source>Choose the store file</source>
        <translation>选择存储文件</translation>
    </message>
    <message>
        <source>SQLite stores (*.sqlite *.db)</source>
        <translation>SQLite 存储 (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>The secret could not be saved: %1</source>
        <translation>无法保存密钥：%1</translation>
    </message>
    <message>
        <source>Saved in the system keychain.</source>
        <translation>已保存在系统密钥链中。</translation>
    </message>
    <message>
        <source>No keychain is available (%1). The secret is kept for this session only and will be asked for again next time.</source>
        <translation>没有可用的密钥链（%1）。密钥仅在本次会话中保留，下次会再次询问。</translation>
    </message>
</context>
<context>
    <name>mcpauth::ConnectionWizard</name>
    <message>
        <source>New Connection</source>
        <translation>新建连接</translation>
    </message>
    <message>
        <source>New connection wizard</source>
        <translation>新建连接向导</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完成</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>提交</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>帮助</translation>
    </message>
</context>
<context>
    <name>mcpauth::ConnectionsPage</name>
    <message>
        <source>Connections</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Connect Claude Desktop, Claude Code, Cursor, VS Code, Windsurf or the MCP Inspector step by step, or inspect any MCP server below.</source>
        <translation>逐步连接 Claude Desktop、Claude Code、Cursor、VS Code、Windsurf 或 MCP Inspector，或在下方检查任意 MCP 服务器。</translation>
    </message>
    <message>
        <source>New &amp;Connection…</source>
        <translation>新建连接(&amp;C)…</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>新建连接</translation>
    </message>
    <message>
        <source>Open the connection wizard (Ctrl+Shift+N).</source>
        <translation>打开连接向导 (Ctrl+Shift+N)。</translation>
    </message>
</context>
<context>
    <name>mcpauth::ConsentTableModel</name>
    <message>
        <source>Revoked %1</source>
        <translation>已于 %1 撤销</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>作用域</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>授予时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>mcpauth::ConsentsPage</name>
    <message>
        <source>User filter</source>
        <translation>用户筛选</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>Application filter</source>
        <translation>应用筛选</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Application:</source>
        <translation>应用(&amp;A)：</translation>
    </message>
    <message>
        <source>Show &amp;revoked</source>
        <translation>显示已撤销(&amp;R)</translation>
    </message>
    <message>
        <source>Filter consents</source>
        <translation>筛选同意</translation>
    </message>
    <message>
        <source>Filter by resource or scope (Ctrl+F)</source>
        <translation>按资源或作用域筛选 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>撤销(&amp;R)</translation>
    </message>
    <message>
        <source>Revoke the selected consents (Delete): the application must ask the user again</source>
        <translation>撤销所选同意 (Delete)：应用必须再次询问用户</translation>
    </message>
    <message>
        <source>Could not load the consents</source>
        <translation>无法加载同意</translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s)</source>
        <translation>
            <numerusform>%n 项同意</numerusform>
        </translation>
    </message>
    <message>
        <source>%1&apos;s consent to %2 on %3</source>
        <translation>%1 对 %2 访问 %3 的同意</translation>
    </message>
    <message>
        <source>Revoke %1?

The application must ask the user again the next time it signs in; tokens already issued stay valid until they expire or are revoked.</source>
        <translation>要撤销%1吗？

应用下次登录时必须再次询问用户；已签发的令牌在过期或被撤销之前仍然有效。</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n consent(s)?

Each application must ask its user again the next time it signs in; tokens already issued stay valid until they expire or are revoked.</source>
        <translation>
            <numerusform>要撤销 %n 项同意吗？

每个应用在下次登录时都必须再次询问其用户；已签发的令牌在过期或被撤销之前仍然有效。</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke consents</source>
        <translation>撤销同意</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n consent(s)</source>
        <translation>
            <numerusform>撤销 %n 项同意</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not revoke the consent</source>
        <translation>无法撤销同意</translation>
    </message>
    <message>
        <source>Consent revoked.</source>
        <translation>已撤销同意。</translation>
    </message>
</context>
<context>
    <name>mcpauth::DifferenceNote</name>
    <message>
        <source>About this server</source>
        <translation>关于此服务器</translation>
    </message>
</context>
<context>
    <name>mcpauth::EventDetailsWidget</name>
    <message>
        <source>Message bodies as a JSON tree</source>
        <translation>以 JSON 树显示的消息正文</translation>
    </message>
    <message>
        <source>Raw exchange</source>
        <translation>原始交换</translation>
    </message>
    <message>
        <source>Decoded tokens</source>
        <translation>已解码的令牌</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>标头</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>原始</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>计时</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>令牌</translation>
    </message>
    <message>
        <source>Tokens, codes and secrets were masked when they were recorded and cannot be shown; a token&apos;s decoded claims are under Tokens.</source>
        <translation>令牌、授权码和密钥在记录时已被遮蔽，无法显示；令牌的已解码声明位于“令牌”下。</translation>
    </message>
    <message>
        <source>Select a message to see it in full.</source>
        <translation>选择一条消息以查看其完整内容。</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>#%1 · %2 · %3</source>
        <translation>#%1 · %2 · %3</translation>
    </message>
    <message>
        <source>#%1 · %2 → %3 · %4</source>
        <translation>#%1 · %2 → %3 · %4</translation>
    </message>
    <message>
        <source>request body</source>
        <translation>请求正文</translation>
    </message>
    <message>
        <source>response body</source>
        <translation>响应正文</translation>
    </message>
    <message>
        <source>access token claims</source>
        <translation>访问令牌声明</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>已发送</translation>
    </message>
    <message>
        <source>received</source>
        <translation>已接收</translation>
    </message>
    <message>
        <source>Step: %1</source>
        <translation>步骤：%1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>开始时间：%1</translation>
    </message>
    <message>
        <source>Duration: %1 ms</source>
        <translation>持续时间：%1 毫秒</translation>
    </message>
    <message>
        <source>Waiting for the first byte: %1 ms</source>
        <translation>等待第一个字节：%1 毫秒</translation>
    </message>
    <message>
        <source>Protocol: %1</source>
        <translation>协议：%1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>备注：%1</translation>
    </message>
    <message>
        <source>No JWT in this message.</source>
        <translation>此消息中没有 JWT。</translation>
    </message>
    <message>
        <source>Access token (decoded by the flow engine, not verified):</source>
        <translation>访问令牌（由流程引擎解码，未经验证）：</translation>
    </message>
    <message>
        <source>JWT found in the message (not verified):</source>
        <translation>在消息中找到的 JWT（未经验证）：</translation>
    </message>
</context>
<context>
    <name>mcpauth::ExportFlow</name>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>正在写入 %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written…</source>
        <translation>
            <numerusform>已写入 %n 行…</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消；未写入任何文件。</translation>
    </message>
    <message>
        <source>The export failed</source>
        <translation>导出失败</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 行导出到 %1。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mcpauth::FindingsPanel</name>
    <message>
        <source>Findings</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>Finding details</source>
        <translation>发现详细信息</translation>
    </message>
    <message>
        <source>Apply the fix</source>
        <translation>应用修复</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Add this redirect URI to %1…</source>
        <translation>将此重定向 URI 添加到 %1…</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Findings appear here when a run ends: what went wrong, the evidence and the fix.</source>
        <translation>运行结束后，发现将显示在此处：出现了什么问题、证据以及修复方法。</translation>
    </message>
    <message>
        <source>No findings: nothing in this run breaks the specification or looks wrong.</source>
        <translation>没有发现：本次运行中没有违反规范或看起来有误的内容。</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1、%2、%3</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n 项发现</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>预期</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>实际</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>修复：</translation>
    </message>
    <message>
        <source>Specification:</source>
        <translation>规范：</translation>
    </message>
    <message>
        <source>Asks before changing anything.</source>
        <translation>在更改任何内容之前都会询问。</translation>
    </message>
</context>
<context>
    <name>mcpauth::FirstStartDialog</name>
    <message>
        <source>Welcome to MCP Auth Console</source>
        <translation>欢迎使用 MCP Auth Console</translation>
    </message>
    <message>
        <source>The local store is empty. How would you like to start?</source>
        <translation>本地存储为空。您希望如何开始？</translation>
    </message>
    <message>
        <source>Create demo data</source>
        <translation>创建演示数据</translation>
    </message>
    <message>
        <source>An organization, the built-in MCP server with its scopes, applications for Claude Desktop, Claude Code, Cursor and VS Code, and an administrator whose password is shown once.</source>
        <translation>一个组织、带有作用域的内置 MCP 服务器、适用于 Claude Desktop、Claude Code、Cursor 和 VS Code 的应用，以及一个密码仅显示一次的管理员。</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>从空白开始</translation>
    </message>
    <message>
        <source>Create your organization, resources and applications yourself.</source>
        <translation>自行创建您的组织、资源和应用。</translation>
    </message>
    <message>
        <source>Connect to a remote backend</source>
        <translation>连接到远程后端</translation>
    </message>
    <message>
        <source>Manage Casdoor or another standards-based authorization server through a connection profile.</source>
        <translation>通过连接配置文件管理 Casdoor 或其他基于标准的授权服务器。</translation>
    </message>
</context>
<context>
    <name>mcpauth::IdentityPage</name>
    <message>
        <source>How does the client identify itself?</source>
        <translation>客户端如何标识自身？</translation>
    </message>
    <message>
        <source>&amp;Create an application for it, named:</source>
        <translation>为其创建应用(&amp;C)，名称：</translation>
    </message>
    <message>
        <source>Create an application</source>
        <translation>创建应用</translation>
    </message>
    <message>
        <source>Name of the new application</source>
        <translation>新应用的名称</translation>
    </message>
    <message>
        <source>&amp;Reuse an existing application:</source>
        <translation>重用现有应用(&amp;R)：</translation>
    </message>
    <message>
        <source>Reuse an existing application</source>
        <translation>重用现有应用</translation>
    </message>
    <message>
        <source>Existing application</source>
        <translation>现有应用</translation>
    </message>
    <message>
        <source>Let the client &amp;register itself</source>
        <translation>让客户端自行注册(&amp;R)</translation>
    </message>
    <message>
        <source>Let the client register itself</source>
        <translation>让客户端自行注册</translation>
    </message>
    <message>
        <source>What the client will use</source>
        <translation>客户端将使用的内容</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>%1 needs a client ID on %2&apos;s authorization server (%3).</source>
        <translation>%1 需要在 %2 的授权服务器 (%3) 上拥有客户端 ID。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>The authorization server offers neither dynamic registration nor client ID metadata documents.</source>
        <translation>授权服务器既不提供动态注册，也不提供客户端 ID 元数据文档。</translation>
    </message>
    <message>
        <source>Could not list the applications.</source>
        <translation>无法列出应用。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A public client (no secret, PKCE required) with these redirect URIs, from the %1 template:</source>
        <translation>一个公共客户端（无密钥，要求 PKCE），使用来自 %1 模板的以下重定向 URI：</translation>
    </message>
    <message>
        <source>Allowed scopes: %1</source>
        <translation>允许的作用域：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>It is created on %1 when you click Next.</source>
        <translation>单击“下一步”时将在 %1 上创建该应用。</translation>
    </message>
    <message>
        <source>Client ID: %1</source>
        <translation>客户端 ID：%1</translation>
    </message>
    <message>
        <source>Registered redirect URIs:</source>
        <translation>已注册的重定向 URI：</translation>
    </message>
    <message>
        <source>Warning: %1 may send a redirect URI this application does not list: %2</source>
        <translation>警告：%1 可能会发送此应用未列出的重定向 URI：%2</translation>
    </message>
    <message>
        <source>Creating the application %1…</source>
        <translation>正在创建应用 %1…</translation>
    </message>
    <message>
        <source>Could not create the application.</source>
        <translation>无法创建应用。</translation>
    </message>
    <message>
        <source>Created the application %1 with the client ID %2.</source>
        <translation>已创建应用 %1，客户端 ID 为 %2。</translation>
    </message>
</context>
<context>
    <name>mcpauth::InspectorWidget</name>
    <message>
        <source>pending</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>正在运行…</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>正常</translation>
    </message>
    <message>
        <source>ok, with warnings</source>
        <translation>正常，有警告</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>已跳过</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>未到达</translation>
    </message>
    <message>
        <source>Step timeline</source>
        <translation>步骤时间线</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>持续时间</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Filter messages</source>
        <translation>筛选消息</translation>
    </message>
    <message>
        <source>Filter messages (URL, method, body, status…)</source>
        <translation>筛选消息（URL、方法、正文、状态…）</translation>
    </message>
    <message>
        <source>Kind of message</source>
        <translation>消息类型</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>Status of message</source>
        <translation>消息状态</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任意状态</translation>
    </message>
    <message>
        <source>Errors and failures</source>
        <translation>错误和失败</translation>
    </message>
    <message>
        <source>Successes</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>+%1 ms</source>
        <translation>+%1 毫秒</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>发现</translation>
    </message>
    <message>
        <source>Call a tool</source>
        <translation>调用工具</translation>
    </message>
    <message>
        <source>Re-send…</source>
        <translation>重新发送…</translation>
    </message>
    <message>
        <source>Fixes are applied only to the local authorization server; this window is connected to %1.</source>
        <translation>修复仅应用于本地授权服务器；此窗口连接的是 %1。</translation>
    </message>
    <message>
        <source>No backend to apply fixes to.</source>
        <translation>没有可应用修复的后端。</translation>
    </message>
    <message>
        <source>MCP server URL</source>
        <translation>MCP 服务器 URL</translation>
    </message>
    <message>
        <source>https://mcp.example.com/mcp</source>
        <translation>https://mcp.example.com/mcp</translation>
    </message>
    <message>
        <source>How to authorize</source>
        <translation>授权方式</translation>
    </message>
    <message>
        <source>System browser</source>
        <translation>系统浏览器</translation>
    </message>
    <message>
        <source>Headless (server approves without a person)</source>
        <translation>无头（服务器无需人工即可批准）</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>客户端 ID</translation>
    </message>
    <message>
        <source>empty: register dynamically</source>
        <translation>留空：动态注册</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>客户端密钥</translation>
    </message>
    <message>
        <source>only for a confidential client; never saved</source>
        <translation>仅用于机密客户端；从不保存</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>授权类型</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自动</translation>
    </message>
    <message>
        <source>Authorization code (a user signs in)</source>
        <translation>授权码（用户登录）</translation>
    </message>
    <message>
        <source>Client credentials (a service, no user)</source>
        <translation>客户端凭据（服务，无用户）</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>作用域</translation>
    </message>
    <message>
        <source>empty: what the server asks for</source>
        <translation>留空：服务器所要求的作用域</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>打开…</translation>
    </message>
    <message>
        <source>Open a saved transcript (JSON) to inspect it offline.</source>
        <translation>打开已保存的记录 (JSON) 以离线检查。</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>导出 JSON…</translation>
    </message>
    <message>
        <source>Save the transcript, secrets masked, to open it again here or share it.</source>
        <translation>保存记录（密钥已遮蔽），以便在此处再次打开或共享。</translation>
    </message>
    <message>
        <source>Export HAR…</source>
        <translation>导出 HAR…</translation>
    </message>
    <message>
        <source>Save the HTTP exchanges as HAR 1.2, for browser developer tools.</source>
        <translation>将 HTTP 交换保存为 HAR 1.2，供浏览器开发者工具使用。</translation>
    </message>
    <message>
        <source>MCP server &amp;URL:</source>
        <translation>MCP 服务器 URL(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Authorize with:</source>
        <translation>授权方式(&amp;A)：</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>客户端 ID(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>密钥(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Grant:</source>
        <translation>授权类型(&amp;G)：</translation>
    </message>
    <message>
        <source>S&amp;copes:</source>
        <translation>作用域(&amp;C)：</translation>
    </message>
    <message>
        <source>Open transcript</source>
        <translation>打开记录</translation>
    </message>
    <message>
        <source>Transcripts (*.json)</source>
        <translation>记录 (*.json)</translation>
    </message>
    <message>
        <source>Could not open the transcript.</source>
        <translation>无法打开记录。</translation>
    </message>
    <message>
        <source>Export transcript</source>
        <translation>导出记录</translation>
    </message>
    <message>
        <source>Could not save the transcript.</source>
        <translation>无法保存记录。</translation>
    </message>
    <message>
        <source>Transcript saved to %1.</source>
        <translation>记录已保存到 %1。</translation>
    </message>
    <message>
        <source>Export HAR</source>
        <translation>导出 HAR</translation>
    </message>
    <message>
        <source>HAR files (*.har)</source>
        <translation>HAR 文件 (*.har)</translation>
    </message>
    <message>
        <source>Could not save the HAR file.</source>
        <translation>无法保存 HAR 文件。</translation>
    </message>
    <message>
        <source>HAR saved to %1.</source>
        <translation>HAR 已保存到 %1。</translation>
    </message>
    <message>
        <source>Enter the URL of the MCP server.</source>
        <translation>请输入 MCP 服务器的 URL。</translation>
    </message>
    <message>
        <source>The MCP server URL must start with https:// (or http:// for this computer).</source>
        <translation>MCP 服务器 URL 必须以 https:// 开头（本机可使用 http://）。</translation>
    </message>
    <message>
        <source>A client secret needs its client ID.</source>
        <translation>客户端密钥需要其客户端 ID。</translation>
    </message>
    <message>
        <source>The client credentials grant needs a pre-registered client ID and secret.</source>
        <translation>客户端凭据授权需要预先注册的客户端 ID 和密钥。</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>正在连接到 %1…</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1: the server lists %n tool(s).</source>
        <translation>
            <numerusform>已连接到 %1：服务器列出了 %n 个工具。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Failed at “%1”: %2</source>
        <translation>在“%1”处失败：%2</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Called the tool %1; its answer is selected below.</source>
        <translation>已调用工具 %1；其响应已在下方选中。</translation>
    </message>
    <message>
        <source>The authorization server&apos;s sign-in page has the scheme “%1”, which the console does not open: %2</source>
        <translation>授权服务器的登录页面使用方案“%1”，控制台不会打开它：%2</translation>
    </message>
    <message>
        <source>Could not open a browser. Open this address yourself to sign in: %1</source>
        <translation>无法打开浏览器。请自行打开此地址以登录：%1</translation>
    </message>
    <message>
        <source>Sign in and approve in your browser; the inspector waits for the callback.</source>
        <translation>请在浏览器中登录并批准；检查器正在等待回调。</translation>
    </message>
    <message>
        <source>Clients that use this application may then be sent to this address after signing in.</source>
        <translation>使用此应用的客户端在登录后可能会被转到此地址。</translation>
    </message>
    <message>
        <source>The port is left out: this computer&apos;s address then matches on any port, as the callback port changes from run to run.</source>
        <translation>端口已省略：这样本机地址可匹配任意端口，因为回调端口每次运行都会变化。</translation>
    </message>
    <message>
        <source>Add the redirect URI?</source>
        <translation>添加重定向 URI？</translation>
    </message>
    <message>
        <source>Add %1 to the redirect URIs of the application %2 in %3?</source>
        <translation>要将 %1 添加到 %3 中应用 %2 的重定向 URI 吗？</translation>
    </message>
    <message>
        <source>Could not find the application in this backend.</source>
        <translation>在此后端中找不到该应用。</translation>
    </message>
    <message>
        <source>Could not add the redirect URI.</source>
        <translation>无法添加重定向 URI。</translation>
    </message>
    <message>
        <source>Added %1 to the application %2. Run again to check the fix.</source>
        <translation>已将 %1 添加到应用 %2。请再次运行以检查修复。</translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation>再次运行(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel the running connection first.</source>
        <translation>请先取消正在运行的连接。</translation>
    </message>
    <message>
        <source>from the saved transcript</source>
        <translation>来自已保存的记录</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1 offline: %n message(s); the diagnosis reads only the transcript.</source>
        <translation>
            <numerusform>已离线打开 %1：%n 条消息；诊断仅读取该记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit the selected JSON-RPC request and send it again.</source>
        <translation>编辑所选的 JSON-RPC 请求并再次发送。</translation>
    </message>
    <message>
        <source>Sent %1; its answer is selected below.</source>
        <translation>已发送 %1；其响应已在下方选中。</translation>
    </message>
</context>
<context>
    <name>mcpauth::JsonTreeModel</name>
    <message numerus="yes">
        <source>{%n member(s)}</source>
        <translation>
            <numerusform>{%n 个成员}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n 项]</numerusform>
        </translation>
    </message>
    <message>
        <source>object</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>array</source>
        <translation>数组</translation>
    </message>
    <message>
        <source>string</source>
        <translation>字符串</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>布尔值</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>值</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
</context>
<context>
    <name>mcpauth::KeyboardShortcutsDialog</name>
    <message>
        <source>%1 &gt; %2</source>
        <translation>%1 &gt; %2</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>菜单</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>In every list, Enter opens the selected item and Delete deletes it; in dialogs, Tab moves to the next field and Escape closes. Alt with the underlined letter reaches a menu or a field.</source>
        <translation>在每个列表中，Enter 打开所选项目，Delete 删除所选项目；在对话框中，Tab 移到下一个字段，Escape 关闭对话框。按 Alt 加带下划线的字母可访问菜单或字段。</translation>
    </message>
</context>
<context>
    <name>mcpauth::LocalBackend</name>
    <message>
        <source>Local PostgreSQL: %1</source>
        <translation>本地 PostgreSQL：%1</translation>
    </message>
    <message>
        <source>Local SQLite: %1</source>
        <translation>本地 SQLite：%1</translation>
    </message>
    <message>
        <source>The local store keeps every token&apos;s record for the audit trail; revoke the token instead.</source>
        <translation>本地存储会为审计记录保留每个令牌的记录；请改为吊销该令牌。</translation>
    </message>
</context>
<context>
    <name>mcpauth::LocalStoreWorker</name>
    <message>
        <source>The store is not open.</source>
        <translation>存储未打开。</translation>
    </message>
    <message>
        <source>The store is closed.</source>
        <translation>存储已关闭。</translation>
    </message>
</context>
<context>
    <name>mcpauth::MainWindow</name>
    <message>
        <source>MCP Auth Console</source>
        <translation>MCP Auth Console</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>导航</translation>
    </message>
    <message>
        <source>Local server: not running</source>
        <translation>本地服务器：未运行</translation>
    </message>
    <message>
        <source>Could not connect to &apos;%1&apos;</source>
        <translation>无法连接到“%1”</translation>
    </message>
    <message>
        <source>Connecting to &apos;%1&apos;…</source>
        <translation>正在连接到“%1”…</translation>
    </message>
    <message>
        <source>Connected to &apos;%1&apos;.</source>
        <translation>已连接到“%1”。</translation>
    </message>
    <message>
        <source>No secret is saved for this profile. Open File &gt; Connection Profiles and enter it (%1).</source>
        <translation>此配置文件未保存密钥。请打开“文件 &gt; 连接配置文件”并输入密钥（%1）。</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Resources &amp; Scopes</source>
        <translation>资源和作用域</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>令牌</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Signing keys</source>
        <translation>签名密钥</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>This view is not part of this build yet; the command-line tool &apos;mcp-auth&apos; covers it.</source>
        <translation>此视图尚未包含在此版本中；命令行工具“mcp-auth”提供了该功能。</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>已以 %1 身份登录</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Connection &amp;Profiles…</source>
        <translation>连接配置文件(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>刷新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About MCP Auth Console</source>
        <translation>关于 MCP Auth Console(&amp;A)</translation>
    </message>
    <message>
        <source>About MCP Auth Console</source>
        <translation>关于 MCP Auth Console</translation>
    </message>
    <message>
        <source>&lt;b&gt;MCP Auth Console&lt;/b&gt; %1&lt;br&gt;Administration of OAuth 2.1 for MCP servers.</source>
        <translation>&lt;b&gt;MCP Auth Console&lt;/b&gt; %1&lt;br&gt;面向 MCP 服务器的 OAuth 2.1 管理工具。</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>The local server did not start: %1</source>
        <translation>本地服务器未能启动：%1</translation>
    </message>
    <message>
        <source>Local server: starting…</source>
        <translation>本地服务器：正在启动…</translation>
    </message>
    <message>
        <source>Local server: %1 — running</source>
        <translation>本地服务器：%1 — 正在运行</translation>
    </message>
    <message>
        <source>MCP endpoint: %1
Signing keys are encrypted with a key from %2.</source>
        <translation>MCP 端点：%1
签名密钥使用来自 %2 的密钥加密。</translation>
    </message>
    <message>
        <source>Local server: port %1 in use</source>
        <translation>本地服务器：端口 %1 已被占用</translation>
    </message>
    <message>
        <source>Local server: not running (error)</source>
        <translation>本地服务器：未运行（错误）</translation>
    </message>
    <message>
        <source>Creating demo data…</source>
        <translation>正在创建演示数据…</translation>
    </message>
    <message>
        <source>Could not create the demo data: %1</source>
        <translation>无法创建演示数据：%1</translation>
    </message>
    <message>
        <source>Demo data created.</source>
        <translation>已创建演示数据。</translation>
    </message>
    <message>
        <source>Demo data created</source>
        <translation>已创建演示数据</translation>
    </message>
    <message>
        <source>The demo organization &apos;%1&apos; is ready, with the built-in MCP server at %2.</source>
        <translation>演示组织“%1”已就绪，内置 MCP 服务器位于 %2。</translation>
    </message>
    <message>
        <source>Sign in to the local server&apos;s login page as &apos;%1&apos; with this password, shown only now:

%2</source>
        <translation>请以“%1”身份使用此密码登录本地服务器的登录页面（密码仅在此时显示）：

%2</translation>
    </message>
    <message>
        <source>New &amp;Connection…</source>
        <translation>新建连接(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>打开日志文件夹(&amp;L)</translation>
    </message>
</context>
<context>
    <name>mcpauth::OAuthRequest</name>
    <message>
        <source>Could not get an answer from %1: %2</source>
        <translation>无法从 %1 获得响应：%2</translation>
    </message>
    <message>
        <source>%1 refused the console&apos;s credentials (%2).</source>
        <translation>%1 拒绝了控制台的凭据 (%2)。</translation>
    </message>
    <message>
        <source>%1 refused the console&apos;s credentials (%2): %3.</source>
        <translation>%1 拒绝了控制台的凭据 (%2)：%3。</translation>
    </message>
    <message>
        <source>%1 answered %2: there is no such thing there.</source>
        <translation>%1 返回 %2：该处不存在此对象。</translation>
    </message>
    <message>
        <source>%1 answered %2: %3.</source>
        <translation>%1 返回 %2：%3。</translation>
    </message>
    <message>
        <source>%1 refused the request: %2.</source>
        <translation>%1 拒绝了请求：%2。</translation>
    </message>
    <message>
        <source>%1 answered %2.</source>
        <translation>%1 返回 %2。</translation>
    </message>
    <message>
        <source>%1 answered with %2 instead of JSON; is the address the server&apos;s?</source>
        <translation>%1 返回的是 %2 而不是 JSON；该地址是否为服务器的地址？</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>无内容类型</translation>
    </message>
    <message>
        <source>%1 answered with malformed JSON (%2 at byte %3).</source>
        <translation>%1 返回了格式错误的 JSON（字节 %3 处：%2）。</translation>
    </message>
    <message>
        <source>%1 answered with JSON that is not an object.</source>
        <translation>%1 返回的 JSON 不是对象。</translation>
    </message>
</context>
<context>
    <name>mcpauth::OAuthServerBackend</name>
    <message>
        <source>Standards-based server: %1</source>
        <translation>基于标准的服务器：%1</translation>
    </message>
    <message>
        <source>The server publishes no registration_endpoint (RFC 7591), so clients cannot be registered from the console.</source>
        <translation>服务器未发布 registration_endpoint (RFC 7591)，因此无法从控制台注册客户端。</translation>
    </message>
    <message>
        <source>The server publishes no introspection_endpoint (RFC 7662), so tokens cannot be looked up.</source>
        <translation>服务器未发布 introspection_endpoint (RFC 7662)，因此无法查询令牌。</translation>
    </message>
    <message>
        <source>The server publishes no revocation_endpoint (RFC 7009), so tokens cannot be revoked from the console.</source>
        <translation>服务器未发布 revocation_endpoint (RFC 7009)，因此无法从控制台撤销令牌。</translation>
    </message>
    <message>
        <source>Not connected to %1 yet.</source>
        <translation>尚未连接到 %1。</translation>
    </message>
    <message>
        <source>No authorization server metadata was found for %1 (RFC 8414 or OpenID Connect Discovery).</source>
        <translation>未找到 %1 的授权服务器元数据（RFC 8414 或 OpenID Connect Discovery）。</translation>
    </message>
    <message>
        <source>the metadata document %1</source>
        <translation>元数据文档 %1</translation>
    </message>
    <message>
        <source>The metadata at %1 is not usable: %2</source>
        <translation>%1 处的元数据不可用：%2</translation>
    </message>
    <message>
        <source>the introspection endpoint</source>
        <translation>内省端点</translation>
    </message>
    <message>
        <source>Check the client id (%1) and secret of the connection profile.</source>
        <translation>请检查连接配置文件的客户端 ID (%1) 和密钥。</translation>
    </message>
    <message>
        <source>the registration of client %1</source>
        <translation>客户端 %1 的注册</translation>
    </message>
    <message>
        <source>This console registered no client named &apos;%1&apos; at %2. It can only know the clients it registered itself: the standards have no way to list a server&apos;s clients.</source>
        <translation>此控制台未在 %2 注册名为“%1”的客户端。它只能知道自己注册的客户端：标准无法列出服务器的客户端。</translation>
    </message>
    <message>
        <source>the registration endpoint</source>
        <translation>注册端点</translation>
    </message>
    <message>
        <source>The registration endpoint answered without a client_id (RFC 7591 section 3.2.1).</source>
        <translation>注册端点的响应中没有 client_id（RFC 7591 第 3.2.1 节）。</translation>
    </message>
    <message>
        <source>The server registered client %1 but gave no registration access token or registration_client_uri (RFC 7592), so the console cannot read, change or delete it.</source>
        <translation>服务器注册了客户端 %1，但未提供注册访问令牌或 registration_client_uri (RFC 7592)，因此控制台无法读取、更改或删除它。</translation>
    </message>
    <message>
        <source>The server accepted the update, but it could not be read back to check it.</source>
        <translation>服务器接受了更新，但无法读回以进行检查。</translation>
    </message>
    <message>
        <source>The server accepted the update of %1 but, read back, holds other values for: %2. It may not support them; see the application as it is now.</source>
        <translation>服务器接受了 %1 的更新，但读回后以下项的值不同：%2。服务器可能不支持这些项；请查看应用的当前状态。</translation>
    </message>
    <message>
        <source>The registration could not be read back to check that it is unchanged: %1</source>
        <translation>无法读回注册以检查其是否未更改：%1</translation>
    </message>
    <message>
        <source>Read back, the registration on the server is unchanged.</source>
        <translation>经读回，服务器上的注册未更改。</translation>
    </message>
    <message>
        <source>Read back, the server&apos;s registration differs from before in: %1.</source>
        <translation>经读回，服务器上的注册与之前相比以下项不同：%1。</translation>
    </message>
    <message>
        <source>the revocation endpoint</source>
        <translation>撤销端点</translation>
    </message>
    <message>
        <source>The metadata names no jwks_uri.</source>
        <translation>元数据未指定 jwks_uri。</translation>
    </message>
    <message>
        <source>the JWKS %1</source>
        <translation>JWKS %1</translation>
    </message>
</context>
<context>
    <name>mcpauth::PagedExporter</name>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>无法写入文件 %1：%2</translation>
    </message>
</context>
<context>
    <name>mcpauth::PasswordChoice</name>
    <message>
        <source>&amp;Generate a strong password (shown once after saving)</source>
        <translation>生成强密码(&amp;G)（保存后显示一次）</translation>
    </message>
    <message>
        <source>T&amp;ype a password</source>
        <translation>输入密码(&amp;Y)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>再次输入密码</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>确认(&amp;A)：</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>两次输入的密码不同。请输入两次相同的密码。</translation>
    </message>
</context>
<context>
    <name>mcpauth::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Open at start</source>
        <translation>启动时打开</translation>
    </message>
    <message>
        <source>The local store</source>
        <translation>本地存储</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Local server port</source>
        <translation>本地服务器端口</translation>
    </message>
    <message>
        <source>Any free port</source>
        <translation>任意空闲端口</translation>
    </message>
    <message>
        <source>Run the local authorization server and MCP server</source>
        <translation>运行本地授权服务器和 MCP 服务器</translation>
    </message>
    <message>
        <source>&amp;Open at start:</source>
        <translation>启动时打开(&amp;O)：</translation>
    </message>
    <message>
        <source>Local server &amp;port:</source>
        <translation>本地服务器端口(&amp;P)：</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source>Local server address</source>
        <translation>本地服务器地址</translation>
    </message>
    <message>
        <source>Log level</source>
        <translation>日志级别</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>仅错误</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>警告和错误</translation>
    </message>
    <message>
        <source>Information (recommended)</source>
        <translation>信息（推荐）</translation>
    </message>
    <message>
        <source>Debug (for troubleshooting)</source>
        <translation>调试（用于故障排除）</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>选择(&amp;C)…</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>选择数据文件夹</translation>
    </message>
    <message>
        <source>Open &amp;Data Folder</source>
        <translation>打开数据文件夹(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>The language changes the next time the console starts.</source>
        <translation>语言将在下次启动控制台时更改。</translation>
    </message>
    <message>
        <source>Local server &amp;address:</source>
        <translation>本地服务器地址(&amp;A)：</translation>
    </message>
    <message>
        <source>Server changes apply the next time the console starts; the --port option overrides the port.</source>
        <translation>服务器更改将在下次启动控制台时生效；--port 选项会覆盖端口。</translation>
    </message>
    <message>
        <source>Log &amp;level:</source>
        <translation>日志级别(&amp;L)：</translation>
    </message>
    <message>
        <source>Data &amp;folder:</source>
        <translation>数据文件夹(&amp;F)：</translation>
    </message>
    <message>
        <source>The store, its keys and the log file (%1) live here. A new folder applies the next time the console starts; MCPAUTH_DATA_DIR overrides it.</source>
        <translation>存储、其密钥和日志文件 (%1) 位于此处。新文件夹将在下次启动控制台时生效；MCPAUTH_DATA_DIR 会覆盖此设置。</translation>
    </message>
    <message>
        <source>Enter an IP address, such as 127.0.0.1 or ::1.</source>
        <translation>请输入 IP 地址，例如 127.0.0.1 或 ::1。</translation>
    </message>
    <message>
        <source>Warning: on %1 other computers can reach the server. Off loopback it only runs with HTTPS, which &apos;mcp-auth serve --tls-cert … --tls-key …&apos; provides; the console&apos;s own server will not start there.</source>
        <translation>警告：在 %1 上，其他计算机可以访问该服务器。在非回环地址上，服务器只能通过 HTTPS 运行，可由“mcp-auth serve --tls-cert … --tls-key …”提供；控制台自身的服务器不会在该地址上启动。</translation>
    </message>
</context>
<context>
    <name>mcpauth::ProfileSecrets</name>
    <message>
        <source>No keychain is configured.</source>
        <translation>未配置密钥链。</translation>
    </message>
    <message>
        <source>No secret is saved for this profile.</source>
        <translation>此配置文件未保存密钥。</translation>
    </message>
</context>
<context>
    <name>mcpauth::RedirectUriEditor</name>
    <message>
        <source>Redirect URIs</source>
        <translation>重定向 URI</translation>
    </message>
    <message>
        <source>Double-click or press F2 to edit a URI; Delete removes it.</source>
        <translation>双击或按 F2 编辑 URI；按 Delete 将其删除。</translation>
    </message>
    <message>
        <source>New redirect URI</source>
        <translation>新建重定向 URI</translation>
    </message>
    <message>
        <source>http://127.0.0.1/callback (loopback: any port)</source>
        <translation>http://127.0.0.1/callback（环回：任意端口）</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Add redirect URI</source>
        <translation>添加重定向 URI</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
    <message>
        <source>Remove the selected redirect URI</source>
        <translation>移除所选的重定向 URI</translation>
    </message>
    <message>
        <source>&amp;Try a URI:</source>
        <translation>测试 URI(&amp;T)：</translation>
    </message>
    <message>
        <source>Try a redirect URI</source>
        <translation>测试重定向 URI</translation>
    </message>
    <message>
        <source>The redirect_uri a client sends, e.g. http://127.0.0.1:53127/callback</source>
        <translation>客户端发送的 redirect_uri，例如 http://127.0.0.1:53127/callback</translation>
    </message>
    <message>
        <source>✗ No match: no redirect URI is registered yet.</source>
        <translation>✗ 不匹配：尚未注册任何重定向 URI。</translation>
    </message>
    <message>
        <source>✓ Matches %1.</source>
        <translation>✓ 与 %1 匹配。</translation>
    </message>
    <message>
        <source>✗ No match: %1</source>
        <translation>✗ 不匹配：%1</translation>
    </message>
    <message>
        <source>✗ No match. Closest registration %1: %2</source>
        <translation>✗ 不匹配。最接近的注册项 %1：%2</translation>
    </message>
</context>
<context>
    <name>mcpauth::ResendDialog</name>
    <message>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>发送(&amp;S)</translation>
    </message>
    <message>
        <source>The request is not valid JSON: %1 at character %2.</source>
        <translation>请求不是有效的 JSON：第 %2 个字符处 %1。</translation>
    </message>
    <message>
        <source>params.name must name the tool.</source>
        <translation>params.name 必须指明工具名称。</translation>
    </message>
    <message>
        <source>params.arguments must be a JSON object.</source>
        <translation>params.arguments 必须是 JSON 对象。</translation>
    </message>
    <message>
        <source>Re-send a request</source>
        <translation>重新发送请求</translation>
    </message>
    <message>
        <source>Edit the method or its params, then send: the connection runs again and ends with this request. Values shown as “[masked …]” were secrets and are sent as written here.</source>
        <translation>编辑方法或其 params，然后发送：连接将再次运行，并以此请求结束。显示为“[masked …]”的值是机密信息，将按此处所写内容发送。</translation>
    </message>
    <message>
        <source>The request must be one JSON-RPC request object.</source>
        <translation>请求必须是一个 JSON-RPC 请求对象。</translation>
    </message>
    <message>
        <source>The request needs a method, e.g. &quot;tools/list&quot;.</source>
        <translation>请求需要一个 method，例如 &quot;tools/list&quot;。</translation>
    </message>
    <message>
        <source>%1 is part of every connection; use Run to send it again.</source>
        <translation>%1 是每个连接的一部分；请使用“运行”再次发送。</translation>
    </message>
    <message>
        <source>A request without an id is a notification, which gets no answer; give it an id.</source>
        <translation>没有 id 的请求是通知，不会得到响应；请为其指定 id。</translation>
    </message>
    <message>
        <source>params must be a JSON object.</source>
        <translation>params 必须是 JSON 对象。</translation>
    </message>
</context>
<context>
    <name>mcpauth::ResetPasswordDialog</name>
    <message>
        <source>Reset Password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>A new password for %1. The current one stops working when you save; tokens already issued stay valid.</source>
        <translation>%1 的新密码。保存后当前密码将失效；已签发的令牌仍然有效。</translation>
    </message>
    <message>
        <source>Set Password</source>
        <translation>设置密码</translation>
    </message>
</context>
<context>
    <name>mcpauth::ResourceEditorDialog</name>
    <message>
        <source>New Resource</source>
        <translation>新建资源</translation>
    </message>
    <message>
        <source>Edit Resource %1</source>
        <translation>编辑资源 %1</translation>
    </message>
    <message>
        <source>A resource is an MCP server the authorization server issues tokens for. Its URI is the resource indicator clients send (RFC 8707) and the audience of its tokens.</source>
        <translation>资源是授权服务器为其签发令牌的 MCP 服务器。其 URI 是客户端发送的资源指示符 (RFC 8707)，也是其令牌的受众。</translation>
    </message>
    <message>
        <source>Or&amp;ganization:</source>
        <translation>组织(&amp;G)：</translation>
    </message>
    <message>
        <source>https://mcp.example.com/mcp</source>
        <translation>https://mcp.example.com/mcp</translation>
    </message>
    <message>
        <source>&amp;URI:</source>
        <translation>URI(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>显示名称(&amp;D)：</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>描述(&amp;E)：</translation>
    </message>
    <message>
        <source>Could not load the organizations: %1</source>
        <translation>无法加载组织：%1</translation>
    </message>
</context>
<context>
    <name>mcpauth::ResourcesPage</name>
    <message>
        <source>Filter by URI, name or scope (Ctrl+F)</source>
        <translation>按 URI、名称或作用域筛选 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter resources</source>
        <translation>筛选资源</translation>
    </message>
    <message>
        <source>&amp;New Resource…</source>
        <translation>新建资源(&amp;N)…</translation>
    </message>
    <message>
        <source>New resource</source>
        <translation>新建资源</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit resource</source>
        <translation>编辑资源</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete resource</source>
        <translation>删除资源</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>作用域</translation>
    </message>
    <message>
        <source>Scopes of the selected resource</source>
        <translation>所选资源的作用域</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>&amp;Add Scope…</source>
        <translation>添加作用域(&amp;A)…</translation>
    </message>
    <message>
        <source>Add scope</source>
        <translation>添加作用域</translation>
    </message>
    <message>
        <source>Edit S&amp;cope…</source>
        <translation>编辑作用域(&amp;C)…</translation>
    </message>
    <message>
        <source>Edit scope</source>
        <translation>编辑作用域</translation>
    </message>
    <message>
        <source>&amp;Remove from Resource</source>
        <translation>从资源中移除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove scope from resource</source>
        <translation>从资源中移除作用域</translation>
    </message>
    <message>
        <source>Tools and the scope each needs</source>
        <translation>工具及其所需的作用域</translation>
    </message>
    <message>
        <source>Tools of the selected resource</source>
        <translation>所选资源的工具</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>工具</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>作用域</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>功能</translation>
    </message>
    <message>
        <source>Protected resource metadata (RFC 9728)</source>
        <translation>受保护资源元数据 (RFC 9728)</translation>
    </message>
    <message>
        <source>Protected resource metadata preview</source>
        <translation>受保护资源元数据预览</translation>
    </message>
    <message>
        <source>Resources &amp; Scopes</source>
        <translation>资源和作用域</translation>
    </message>
    <message>
        <source>Could not load the resources</source>
        <translation>无法加载资源</translation>
    </message>
    <message>
        <source>Could not load the scopes</source>
        <translation>无法加载作用域</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n 个资源</numerusform>
        </translation>
    </message>
    <message>
        <source>No resource yet. A resource is an MCP server clients get tokens for: add one with New Resource (Ctrl+N). The built-in MCP server adds its own when the local server starts.</source>
        <translation>尚无资源。资源是客户端为其获取令牌的 MCP 服务器：请使用“新建资源”(Ctrl+N) 添加。本地服务器启动时，内置 MCP 服务器会添加自己的资源。</translation>
    </message>
    <message>
        <source>Select a resource to see its scopes, tools and metadata.</source>
        <translation>选择一个资源以查看其作用域、工具和元数据。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>Issued only to administrators.</source>
        <translation>仅签发给管理员。</translation>
    </message>
    <message>
        <source>(not defined in the organization)</source>
        <translation>（未在组织中定义）</translation>
    </message>
    <message>
        <source>No tool map: the server checks scopes itself.</source>
        <translation>没有工具映射：服务器自行检查作用域。</translation>
    </message>
    <message>
        <source>Served at %1. The authorization server is the local server, whose issuer is known once it has run; shown here as ISSUER.</source>
        <translation>在 %1 提供。授权服务器是本地服务器，其颁发者在运行后才能确定；此处显示为 ISSUER。</translation>
    </message>
    <message>
        <source>The built-in MCP server serves this at %1.</source>
        <translation>内置 MCP 服务器在 %1 提供此内容。</translation>
    </message>
    <message>
        <source>The MCP server at this URI should serve this at %1 (and point its 401 challenges there).</source>
        <translation>此 URI 上的 MCP 服务器应在 %1 提供此内容（并在其 401 质询中指向该地址）。</translation>
    </message>
    <message>
        <source>Resource %1 created.</source>
        <translation>已创建资源 %1。</translation>
    </message>
    <message>
        <source>Resource %1 saved.</source>
        <translation>已保存资源 %1。</translation>
    </message>
    <message>
        <source>Delete Resource</source>
        <translation>删除资源</translation>
    </message>
    <message>
        <source>Delete the resource %1?</source>
        <translation>要删除资源 %1 吗？</translation>
    </message>
    <message>
        <source>Clients can no longer ask for tokens for it. Tokens already issued for it stay valid until they expire; revoke them in Tokens. Its scopes stay in the organization.</source>
        <translation>客户端将无法再为其请求令牌。已为其签发的令牌在过期前仍然有效；请在“令牌”中撤销它们。其作用域仍保留在组织中。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Could not delete %1</source>
        <translation>无法删除 %1</translation>
    </message>
    <message>
        <source>Resource %1 deleted.</source>
        <translation>已删除资源 %1。</translation>
    </message>
    <message>
        <source>Could not change the scopes of %1</source>
        <translation>无法更改 %1 的作用域</translation>
    </message>
    <message>
        <source>Scope %1 added to %2.</source>
        <translation>已将作用域 %1 添加到 %2。</translation>
    </message>
    <message>
        <source>Scope %1 saved.</source>
        <translation>已保存作用域 %1。</translation>
    </message>
    <message>
        <source>Scope %1 removed from %2; it stays defined in the organization.</source>
        <translation>已从 %2 中移除作用域 %1；它仍在组织中定义。</translation>
    </message>
</context>
<context>
    <name>mcpauth::ScopeEditorDialog</name>
    <message>
        <source>New Scope</source>
        <translation>新建作用域</translation>
    </message>
    <message>
        <source>Edit Scope %1</source>
        <translation>编辑作用域 %1</translation>
    </message>
    <message>
        <source>e.g. files:read</source>
        <translation>例如 files:read</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>What the consent page shows, e.g. Read your files</source>
        <translation>同意页面上显示的内容，例如“读取您的文件”</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>显示名称(&amp;D)：</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>描述(&amp;E)：</translation>
    </message>
</context>
<context>
    <name>mcpauth::ScopesPage</name>
    <message>
        <source>Which scopes may the client ask for?</source>
        <translation>客户端可以请求哪些作用域？</translation>
    </message>
    <message>
        <source>Check the scopes to request. None checked: the client asks for those the server advertises.</source>
        <translation>勾选要请求的作用域。如果未勾选任何作用域，客户端将请求服务器公布的作用域。</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>作用域</translation>
    </message>
    <message>
        <source>Requested scopes</source>
        <translation>请求的作用域</translation>
    </message>
    <message>
        <source>The server advertises no scopes: the client asks for none.</source>
        <translation>服务器未公布任何作用域：客户端不请求任何作用域。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (administrators only)</source>
        <translation>%1（仅限管理员）</translation>
    </message>
    <message>
        <source>The client asks for the scopes the server advertises.</source>
        <translation>客户端请求服务器公布的作用域。</translation>
    </message>
    <message>
        <source>The client asks for: %1</source>
        <translation>客户端请求：%1</translation>
    </message>
</context>
<context>
    <name>mcpauth::SecretDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>复制(&amp;C)</translation>
    </message>
    <message>
        <source>Copy to the clipboard</source>
        <translation>复制到剪贴板</translation>
    </message>
    <message>
        <source>This is the only time it is shown: it is not stored anywhere it could be read back. Copy it now.</source>
        <translation>这是唯一一次显示：它不会存储在任何可被读回的地方。请立即复制。</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
<context>
    <name>mcpauth::ServerPage</name>
    <message>
        <source>Which MCP server?</source>
        <translation>哪个 MCP 服务器？</translation>
    </message>
    <message>
        <source>The wizard asks the server at once how it is protected, the way a client will.</source>
        <translation>向导会像客户端一样，立即询问服务器采用何种保护方式。</translation>
    </message>
    <message>
        <source>The built-in MCP server (not running)</source>
        <translation>内置 MCP 服务器（未运行）</translation>
    </message>
    <message>
        <source>The built-in MCP server: %1</source>
        <translation>内置 MCP 服务器：%1</translation>
    </message>
    <message>
        <source>The built-in MCP server</source>
        <translation>内置 MCP 服务器</translation>
    </message>
    <message>
        <source>The local server is not running: start it in Preferences, or choose a URL.</source>
        <translation>本地服务器未运行：请在首选项中启动它，或选择一个 URL。</translation>
    </message>
    <message>
        <source>A &amp;registered resource:</source>
        <translation>已注册的资源(&amp;R)：</translation>
    </message>
    <message>
        <source>A registered resource</source>
        <translation>已注册的资源</translation>
    </message>
    <message>
        <source>Registered resources</source>
        <translation>已注册的资源</translation>
    </message>
    <message>
        <source>Any &amp;URL:</source>
        <translation>任意 URL(&amp;U)：</translation>
    </message>
    <message>
        <source>Any MCP server URL</source>
        <translation>任意 MCP 服务器 URL</translation>
    </message>
    <message>
        <source>MCP server URL</source>
        <translation>MCP 服务器 URL</translation>
    </message>
    <message>
        <source>https://mcp.example.com/mcp</source>
        <translation>https://mcp.example.com/mcp</translation>
    </message>
    <message>
        <source>Discovery progress</source>
        <translation>发现进度</translation>
    </message>
    <message>
        <source>Discovery status</source>
        <translation>发现状态</translation>
    </message>
    <message>
        <source>Protected resource metadata</source>
        <translation>受保护资源元数据</translation>
    </message>
    <message>
        <source>Authorization server</source>
        <translation>授权服务器</translation>
    </message>
    <message>
        <source>Client registration</source>
        <translation>客户端注册</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>作用域</translation>
    </message>
    <message>
        <source>Resource metadata:</source>
        <translation>资源元数据：</translation>
    </message>
    <message>
        <source>Authorization server:</source>
        <translation>授权服务器：</translation>
    </message>
    <message>
        <source>Registration:</source>
        <translation>注册：</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>作用域：</translation>
    </message>
    <message>
        <source>Discovering: %1…</source>
        <translation>正在发现：%1…</translation>
    </message>
    <message>
        <source>This backend has no organization.</source>
        <translation>此后端没有组织。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No resource is registered yet (Resources &amp; Scopes).</source>
        <translation>尚未注册任何资源（资源和作用域）。</translation>
    </message>
    <message>
        <source>Choose a server, or enter the URL of its MCP endpoint.</source>
        <translation>请选择一个服务器，或输入其 MCP 端点的 URL。</translation>
    </message>
    <message>
        <source>The MCP server URL must start with https:// (or http:// for this computer).</source>
        <translation>MCP 服务器 URL 必须以 https:// 开头（本机可使用 http://）。</translation>
    </message>
    <message>
        <source>Discovering %1…</source>
        <translation>正在发现 %1…</translation>
    </message>
    <message>
        <source>%1 answers without any authorization: clients need no sign-in.</source>
        <translation>%1 无需任何授权即可响应：客户端无需登录。</translation>
    </message>
    <message>
        <source>Found how %1 is protected.</source>
        <translation>已找到 %1 的保护方式。</translation>
    </message>
    <message>
        <source>Discovery failed at “%1”: %2</source>
        <translation>在“%1”处发现失败：%2</translation>
    </message>
    <message>
        <source>Discovery failed: %1</source>
        <translation>发现失败：%1</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>未找到</translation>
    </message>
    <message>
        <source>%1 (resource %2)</source>
        <translation>%1（资源 %2）</translation>
    </message>
    <message>
        <source>dynamic registration (DCR) at %1</source>
        <translation>位于 %1 的动态注册 (DCR)</translation>
    </message>
    <message>
        <source>client ID metadata documents (CIMD)</source>
        <translation>客户端 ID 元数据文档 (CIMD)</translation>
    </message>
    <message>
        <source>pre-registered applications</source>
        <translation>预注册的应用</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>none advertised</source>
        <translation>未公布</translation>
    </message>
</context>
<context>
    <name>mcpauth::SigningKeyTableModel</name>
    <message>
        <source>Signs every new %1 token and is published in the JWKS.</source>
        <translation>为每个新的 %1 令牌签名，并发布在 JWKS 中。</translation>
    </message>
    <message>
        <source>Signs nothing new; stays in the JWKS until the tokens it signed have expired.</source>
        <translation>不再为新令牌签名；在其签名的令牌过期之前保留在 JWKS 中。</translation>
    </message>
    <message>
        <source>Signs nothing and is no longer published: tokens it signed no longer verify.</source>
        <translation>不再签名且不再发布：由它签名的令牌将无法通过验证。</translation>
    </message>
    <message>
        <source>Withdrawn: never published, every token it signed is refused.</source>
        <translation>已撤回：从未发布，由它签名的所有令牌都会被拒绝。</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Retired, published</source>
        <translation>已停用，仍发布</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>已停用</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>while active</source>
        <translation>活动期间</translation>
    </message>
    <message>
        <source>Key ID (kid)</source>
        <translation>密钥 ID (kid)</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>算法</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Published until</source>
        <translation>发布截止时间</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>含义</translation>
    </message>
</context>
<context>
    <name>mcpauth::SigningKeysPage</name>
    <message>
        <source>The local authorization server signs access tokens with these keys and publishes their public halves in its JWKS, where MCP servers fetch them to check tokens. Rotate a key when it may have leaked, or on a schedule: the new key signs from then on, and the old one stays published until the tokens it signed have expired.</source>
        <translation>本地授权服务器使用这些密钥为访问令牌签名，并在其 JWKS 中发布公钥部分，MCP 服务器从中获取公钥以检查令牌。当密钥可能已泄露时，或按计划轮换密钥：新密钥从此开始签名，旧密钥会一直发布，直到由它签名的令牌过期。</translation>
    </message>
    <message>
        <source>Signing keys</source>
        <translation>签名密钥</translation>
    </message>
    <message>
        <source>Algorithm to rotate</source>
        <translation>要轮换的算法</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Rotate…</source>
        <translation>轮换(&amp;R)…</translation>
    </message>
    <message>
        <source>Re&amp;tire Now…</source>
        <translation>立即停用(&amp;T)…</translation>
    </message>
    <message>
        <source>Select a replaced key that is still published to take it out of the JWKS now.</source>
        <translation>选择一个已被替换但仍在发布的密钥，以立即将其从 JWKS 中移除。</translation>
    </message>
    <message>
        <source>This key signs new tokens: rotate it first; it then stays published until its tokens expire, unless you retire it now.</source>
        <translation>此密钥正在为新令牌签名：请先轮换它；之后它会一直发布直到其令牌过期，除非您立即停用它。</translation>
    </message>
    <message>
        <source>This key is no longer published.</source>
        <translation>此密钥已不再发布。</translation>
    </message>
    <message>
        <source>Take this key out of the JWKS now, for a key that may have leaked.</source>
        <translation>立即将此密钥从 JWKS 中移除，适用于可能已泄露的密钥。</translation>
    </message>
    <message>
        <source>Retire signing key now</source>
        <translation>立即停用签名密钥</translation>
    </message>
    <message>
        <source>Take the key %1 out of the JWKS now?

Every token it signed stops verifying at once, before it expires: clients holding one must sign in again. Do this when the key may have leaked.</source>
        <translation>要立即将密钥 %1 从 JWKS 中移除吗？

由它签名的所有令牌都将在过期前立即无法通过验证：持有这些令牌的客户端必须重新登录。请在密钥可能已泄露时执行此操作。</translation>
    </message>
    <message>
        <source>Retire Now</source>
        <translation>立即停用</translation>
    </message>
    <message>
        <source>Could not retire the signing key</source>
        <translation>无法停用签名密钥</translation>
    </message>
    <message>
        <source>The key %1 is no longer published.</source>
        <translation>密钥 %1 已不再发布。</translation>
    </message>
    <message>
        <source>Signing key retired.</source>
        <translation>已停用签名密钥。</translation>
    </message>
    <message>
        <source>Could not load the signing keys</source>
        <translation>无法加载签名密钥</translation>
    </message>
    <message>
        <source>Create a new %1 signing key?</source>
        <translation>要创建新的 %1 签名密钥吗？</translation>
    </message>
    <message>
        <source>Rotate the %1 signing key %2?

A new key signs every token from now on. The old key is retired: it stays in the JWKS until the longest access-token lifetime has passed, so the tokens it signed keep working until they expire, and then disappears from the JWKS. A local server running on this store picks the new key up without a restart.</source>
        <translation>要轮换 %1 签名密钥 %2 吗？

从现在起，新密钥将为每个令牌签名。旧密钥将被停用：它会保留在 JWKS 中，直到超过最长的访问令牌有效期，因此由它签名的令牌在过期前仍可正常使用，之后它将从 JWKS 中消失。使用此存储运行的本地服务器无需重启即可获取新密钥。</translation>
    </message>
    <message>
        <source>Rotate signing key</source>
        <translation>轮换签名密钥</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>轮换</translation>
    </message>
    <message>
        <source>Rotating…</source>
        <translation>正在轮换…</translation>
    </message>
    <message>
        <source>Could not rotate the signing key</source>
        <translation>无法轮换签名密钥</translation>
    </message>
    <message>
        <source>The new key %1 signs from now on; %2 stays published until %3.</source>
        <translation>从现在起由新密钥 %1 签名；%2 将一直发布到 %3。</translation>
    </message>
    <message>
        <source>Signing key rotated.</source>
        <translation>已轮换签名密钥。</translation>
    </message>
</context>
<context>
    <name>mcpauth::TestPage</name>
    <message>
        <source>Test the connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>About the test</source>
        <translation>关于测试</translation>
    </message>
    <message>
        <source>&amp;Sign In and Test</source>
        <translation>登录并测试(&amp;S)</translation>
    </message>
    <message>
        <source>Sign in and test the connection</source>
        <translation>登录并测试连接</translation>
    </message>
    <message>
        <source>Opens your browser to sign in, then connects as the client will and lists the tools.</source>
        <translation>打开浏览器进行登录，然后像客户端一样进行连接并列出工具。</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>测试结果</translation>
    </message>
    <message>
        <source>Tools the server offers</source>
        <translation>服务器提供的工具</translation>
    </message>
    <message>
        <source>Description of the selected tool</source>
        <translation>所选工具的说明</translation>
    </message>
    <message>
        <source>&amp;Tools the server offers:</source>
        <translation>服务器提供的工具(&amp;T)：</translation>
    </message>
    <message>
        <source>Signs in through your browser and connects to %1 the way %2 will, then lists the tools.</source>
        <translation>通过浏览器登录，并像 %2 一样连接到 %1，然后列出工具。</translation>
    </message>
    <message>
        <source>The test registers a client of its own and uses the redirect URI http://%1:&lt;port&gt;%2.</source>
        <translation>测试会注册自己的客户端，并使用重定向 URI http://%1:&lt;port&gt;%2。</translation>
    </message>
    <message>
        <source>The test uses the client ID %1 and the redirect URI http://%2:%3%4, as %5 does.</source>
        <translation>测试与 %5 一样，使用客户端 ID %1 和重定向 URI http://%2:%3%4。</translation>
    </message>
    <message>
        <source>&lt;any port&gt;</source>
        <translation>&lt;任意端口&gt;</translation>
    </message>
    <message>
        <source>Click Sign In and Test.</source>
        <translation>请单击“登录并测试”。</translation>
    </message>
    <message numerus="yes">
        <source>Connected: the server offers %n tool(s). The client is ready.</source>
        <translation>
            <numerusform>已连接：服务器提供 %n 个工具。客户端已就绪。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Test Again</source>
        <translation>再次测试(&amp;T)</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>测试已取消。</translation>
    </message>
    <message>
        <source>The connection failed: the findings below say why and how to fix it. After a fix, click Sign In and Test again.</source>
        <translation>连接失败：下方的发现说明了原因及修复方法。修复后，请再次单击“登录并测试”。</translation>
    </message>
</context>
<context>
    <name>mcpauth::TokenIntrospection</name>
    <message>
        <source>Inactive: the server does not accept this token (revoked, expired, unknown to it, or not one it lets this client see).</source>
        <translation>无效：服务器不接受此令牌（已撤销、已过期、服务器不认识该令牌，或服务器不允许此客户端查看该令牌）。</translation>
    </message>
    <message>
        <source>Active: the server accepts this token.</source>
        <translation>有效：服务器接受此令牌。</translation>
    </message>
    <message>
        <source>Issued to client: %1</source>
        <translation>颁发给客户端：%1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>主体：%1</translation>
    </message>
    <message>
        <source>Scopes: none named</source>
        <translation>作用域：未指定</translation>
    </message>
    <message>
        <source>Scopes: %1</source>
        <translation>作用域：%1</translation>
    </message>
    <message>
        <source>Audience (resource): %1</source>
        <translation>受众（资源）：%1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>颁发者：%1</translation>
    </message>
    <message>
        <source>Token type: %1</source>
        <translation>令牌类型：%1</translation>
    </message>
    <message>
        <source>Issued at: %1</source>
        <translation>颁发时间：%1</translation>
    </message>
    <message>
        <source>Expires at: %1 (%2 min from now)</source>
        <translation>过期时间：%1（%2 分钟后）</translation>
    </message>
    <message>
        <source>Expires at: %1</source>
        <translation>过期时间：%1</translation>
    </message>
    <message>
        <source>Expires: the server did not say.</source>
        <translation>过期时间：服务器未说明。</translation>
    </message>
</context>
<context>
    <name>mcpauth::TokenLookupPage</name>
    <message>
        <source>%1 The server can also revoke a pasted token (RFC 7009), so that it stops accepting it.</source>
        <translation>%1 服务器还可以撤销粘贴的令牌 (RFC 7009)，使其不再接受该令牌。</translation>
    </message>
    <message>
        <source>&amp;Token (access or refresh token, as the client holds it):</source>
        <translation>令牌（访问令牌或刷新令牌，即客户端所持有的形式）(&amp;T)：</translation>
    </message>
    <message>
        <source>Token to look up</source>
        <translation>要查询的令牌</translation>
    </message>
    <message>
        <source>Paste a token</source>
        <translation>粘贴令牌</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>查询(&amp;L)</translation>
    </message>
    <message>
        <source>Look up the token</source>
        <translation>查询令牌</translation>
    </message>
    <message>
        <source>&amp;Revoke at the server…</source>
        <translation>在服务器上撤销(&amp;R)…</translation>
    </message>
    <message>
        <source>Revoke the token at the server</source>
        <translation>在服务器上撤销令牌</translation>
    </message>
    <message>
        <source>Look-up result</source>
        <translation>查询结果</translation>
    </message>
    <message>
        <source>&lt;p&gt;Nothing looked up yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;尚未查询。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Look up a token</source>
        <translation>查询令牌</translation>
    </message>
    <message>
        <source>Server metadata and keys</source>
        <translation>服务器元数据和密钥</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>令牌</translation>
    </message>
    <message>
        <source>Revoke the pasted token at the server (Delete)</source>
        <translation>在服务器上撤销粘贴的令牌 (Delete)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Reading the server&apos;s metadata and keys…&lt;/p&gt;</source>
        <translation>&lt;p&gt;正在读取服务器的元数据和密钥…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Could not read the server&apos;s metadata</source>
        <translation>无法读取服务器的元数据</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Metadata&lt;/h3&gt;&lt;p&gt;From &lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;元数据&lt;/h3&gt;&lt;p&gt;来自 &lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Signing keys (JWKS)&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;签名密钥 (JWKS)&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;From &lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;来自 &lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Key id (kid)</source>
        <translation>密钥 ID (kid)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>算法</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>&lt;p&gt;Asking the server…&lt;/p&gt;</source>
        <translation>&lt;p&gt;正在询问服务器…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The server could not be asked.&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Press Look up to try again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;无法询问服务器。&lt;/b&gt;%1&lt;/p&gt;&lt;p&gt;请按“查询”重试。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Could not look the token up</source>
        <translation>无法查询令牌</translation>
    </message>
    <message>
        <source>&lt;h4&gt;The server&apos;s answer&lt;/h4&gt;&lt;pre&gt;%1&lt;/pre&gt;</source>
        <translation>&lt;h4&gt;服务器的响应&lt;/h4&gt;&lt;pre&gt;%1&lt;/pre&gt;</translation>
    </message>
    <message>
        <source>The server accepts this token.</source>
        <translation>服务器接受此令牌。</translation>
    </message>
    <message>
        <source>The server does not accept this token.</source>
        <translation>服务器不接受此令牌。</translation>
    </message>
    <message>
        <source>Revoke the token?</source>
        <translation>撤销令牌？</translation>
    </message>
    <message>
        <source>The server will stop accepting the pasted token. It answers the same whether or not it knew the token. A JWT access token that a resource server checks offline stays usable there until it expires.</source>
        <translation>服务器将不再接受粘贴的令牌。无论服务器此前是否认识该令牌，其响应都相同。由资源服务器离线检查的 JWT 访问令牌在过期前仍可在该服务器上使用。</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Could not revoke the token</source>
        <translation>无法撤销令牌</translation>
    </message>
    <message>
        <source>The server accepted the revocation.</source>
        <translation>服务器已接受撤销。</translation>
    </message>
</context>
<context>
    <name>mcpauth::TokenTableModel</name>
    <message>
        <source>Active</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>访问</translation>
    </message>
    <message>
        <source>(the application itself)</source>
        <translation>（应用本身）</translation>
    </message>
    <message>
        <source>Click to sort</source>
        <translation>单击以排序</translation>
    </message>
    <message>
        <source>Only the issue and expiry times can be sorted</source>
        <translation>只能按签发时间和过期时间排序</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>签发时间</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>种类</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>作用域</translation>
    </message>
    <message>
        <source>Token ID (jti)</source>
        <translation>令牌 ID (jti)</translation>
    </message>
</context>
<context>
    <name>mcpauth::TokensPage</name>
    <message>
        <source>&amp;Application:</source>
        <translation>应用(&amp;A)：</translation>
    </message>
    <message>
        <source>Application filter</source>
        <translation>应用筛选</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>用户(&amp;U)：</translation>
    </message>
    <message>
        <source>User filter</source>
        <translation>用户筛选</translation>
    </message>
    <message>
        <source>Reso&amp;urce:</source>
        <translation>资源(&amp;U)：</translation>
    </message>
    <message>
        <source>Resource filter</source>
        <translation>资源筛选</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>状态(&amp;S)：</translation>
    </message>
    <message>
        <source>State filter</source>
        <translation>状态筛选</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Issued from</source>
        <translation>签发时间起</translation>
    </message>
    <message>
        <source>Issued before</source>
        <translation>签发时间早于</translation>
    </message>
    <message>
        <source>&amp;Issued from:</source>
        <translation>签发时间起(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;before:</source>
        <translation>早于(&amp;B)：</translation>
    </message>
    <message>
        <source>Go to &amp;last</source>
        <translation>转到末尾(&amp;L)</translation>
    </message>
    <message>
        <source>Show the last tokens in this order (Ctrl+End in the table)</source>
        <translation>按此顺序显示最后的令牌（在表格中按 Ctrl+End）</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>导出(&amp;X)…</translation>
    </message>
    <message>
        <source>Write the tokens that match the filter to a CSV or JSON file</source>
        <translation>将与筛选条件匹配的令牌写入 CSV 或 JSON 文件</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>令牌</translation>
    </message>
    <message>
        <source>Token details</source>
        <translation>令牌详细信息</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>撤销(&amp;R)</translation>
    </message>
    <message>
        <source>Revoke the selected tokens (Delete)</source>
        <translation>撤销所选令牌 (Delete)</translation>
    </message>
    <message>
        <source>All of this &amp;user…</source>
        <translation>此用户的全部令牌(&amp;U)…</translation>
    </message>
    <message>
        <source>Revoke every token of the selected token&apos;s user</source>
        <translation>撤销所选令牌的用户的所有令牌</translation>
    </message>
    <message>
        <source>All of this a&amp;pplication…</source>
        <translation>此应用的全部令牌(&amp;P)…</translation>
    </message>
    <message>
        <source>Revoke every token of the selected token&apos;s application</source>
        <translation>撤销所选令牌的应用的所有令牌</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>详细信息</translation>
    </message>
    <message>
        <source>Paste an access token (JWT) to decode it, check its signature against the local server&apos;s published keys, and find it in the store:</source>
        <translation>粘贴访问令牌 (JWT) 以对其解码，根据本地服务器发布的密钥检查其签名，并在存储中查找它：</translation>
    </message>
    <message>
        <source>Token to look up</source>
        <translation>要查找的令牌</translation>
    </message>
    <message>
        <source>eyJhbGciOi…</source>
        <translation>eyJhbGciOi…</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>查找(&amp;L)</translation>
    </message>
    <message>
        <source>Look-up result</source>
        <translation>查找结果</translation>
    </message>
    <message>
        <source>Look up a token</source>
        <translation>查找令牌</translation>
    </message>
    <message>
        <source>Could not load the tokens</source>
        <translation>无法加载令牌</translation>
    </message>
    <message>
        <source>Could not load the applications</source>
        <translation>无法加载应用</translation>
    </message>
    <message>
        <source>Only the issue and expiry times can be sorted.</source>
        <translation>只能按签发时间和过期时间排序。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message numerus="yes">
        <source>%1 token(s)</source>
        <translation>
            <numerusform>%1 个令牌</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Revoke %n tokens</source>
        <translation>
            <numerusform>撤销 %n 个令牌(&amp;R)</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke the token %1?

A resource server that introspects it refuses it from now on; a refresh token takes the access tokens of its family with it.</source>
        <translation>要撤销令牌 %1 吗？

对其进行内省的资源服务器从现在起将拒绝它；撤销刷新令牌时，其系列中的访问令牌也会一并撤销。</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n token(s)?

A resource server that introspects them refuses them from now on; a refresh token takes the access tokens of its family with it.</source>
        <translation>
            <numerusform>要撤销 %n 个令牌吗？

对其进行内省的资源服务器从现在起将拒绝它们；撤销刷新令牌时，其系列中的访问令牌也会一并撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke tokens</source>
        <translation>撤销令牌</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n token(s)</source>
        <translation>
            <numerusform>撤销 %n 个令牌</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) could not be revoked.</source>
        <translation>
            <numerusform>有 %n 个令牌无法撤销。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoked %n token(s).</source>
        <translation>
            <numerusform>已撤销 %n 个令牌。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not count the tokens</source>
        <translation>无法统计令牌</translation>
    </message>
    <message>
        <source>The user %1 has no active token.</source>
        <translation>用户 %1 没有有效的令牌。</translation>
    </message>
    <message>
        <source>The application %1 has no active token.</source>
        <translation>应用 %1 没有有效的令牌。</translation>
    </message>
    <message numerus="yes">
        <source>Revoke all %n active token(s) of the user %1?

The user&apos;s clients must sign in again.</source>
        <translation>
            <numerusform>要撤销用户 %1 的全部 %n 个有效令牌吗？

该用户的客户端必须重新登录。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke all %n active token(s) of the application %1?

Every user of the application must sign in again.</source>
        <translation>
            <numerusform>要撤销应用 %1 的全部 %n 个有效令牌吗？

该应用的每个用户都必须重新登录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not revoke the tokens</source>
        <translation>无法撤销令牌</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分钟 %2 秒</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation>已于 %1 前过期</translation>
    </message>
    <message>
        <source>expires in %1</source>
        <translation>将于 %1 后过期</translation>
    </message>
    <message>
        <source>The audience (&lt;code&gt;aud&lt;/code&gt;) is &lt;b&gt;%1&lt;/b&gt;, the registered resource “%2”: only that MCP server accepts it.</source>
        <translation>受众 (&lt;code&gt;aud&lt;/code&gt;) 为 &lt;b&gt;%1&lt;/b&gt;，即已注册的资源“%2”：只有该 MCP 服务器接受它。</translation>
    </message>
    <message>
        <source>The token names no audience (&lt;code&gt;aud&lt;/code&gt;): a resource server that checks the audience, as MCP requires, refuses it.</source>
        <translation>令牌未指明受众 (&lt;code&gt;aud&lt;/code&gt;)：按照 MCP 的要求检查受众的资源服务器会拒绝它。</translation>
    </message>
    <message>
        <source>The audience (&lt;code&gt;aud&lt;/code&gt;) is &lt;b&gt;%1&lt;/b&gt;, which is &lt;b&gt;not a registered resource&lt;/b&gt;: no MCP server of this backend accepts it.</source>
        <translation>受众 (&lt;code&gt;aud&lt;/code&gt;) 为 &lt;b&gt;%1&lt;/b&gt;，它&lt;b&gt;不是已注册的资源&lt;/b&gt;：此后端的任何 MCP 服务器都不接受它。</translation>
    </message>
    <message>
        <source>&lt;p&gt;No scopes: the token grants nothing beyond the resource&apos;s public tools.&lt;/p&gt;</source>
        <translation>&lt;p&gt;无作用域：除资源的公共工具外，该令牌不授予任何权限。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>not a scope of this backend</source>
        <translation>不是此后端的作用域</translation>
    </message>
    <message>
        <source>A refresh token</source>
        <translation>一个刷新令牌</translation>
    </message>
    <message>
        <source>An access token</source>
        <translation>一个访问令牌</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 issued to the application &lt;b&gt;%2&lt;/b&gt; for itself (client credentials, no user).&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1，签发给应用 &lt;b&gt;%2&lt;/b&gt;，供其自身使用（客户端凭据，无用户）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 issued to the application &lt;b&gt;%2&lt;/b&gt;, acting for the user &lt;b&gt;%3&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1，签发给应用 &lt;b&gt;%2&lt;/b&gt;，代表用户 &lt;b&gt;%3&lt;/b&gt; 执行操作。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Active&lt;/b&gt;: it %1 (at %2).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;有效&lt;/b&gt;：%1（%2）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Expired&lt;/b&gt;: it %1 (at %2); no resource server accepts it any more.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;已过期&lt;/b&gt;：%1（%2）；任何资源服务器都不再接受它。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Revoked&lt;/b&gt; at %1: introspection answers “inactive”.&lt;/p&gt;</source>
        <translation>&lt;p&gt;于 %1 &lt;b&gt;已撤销&lt;/b&gt;：内省返回“inactive”。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Scopes:&lt;/p&gt;</source>
        <translation>&lt;p&gt;作用域：&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Issued at %1. Token ID (&lt;code&gt;jti&lt;/code&gt;): &lt;code&gt;%2&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;签发于 %1。令牌 ID (&lt;code&gt;jti&lt;/code&gt;)：&lt;code&gt;%2&lt;/code&gt;。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Refresh family &lt;code&gt;%1&lt;/code&gt;: revoking the refresh token revokes the tokens of its family.&lt;/p&gt;</source>
        <translation>&lt;p&gt;刷新系列 &lt;code&gt;%1&lt;/code&gt;：撤销刷新令牌会撤销其系列中的令牌。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a token to see what it grants, to whom, and until when.&lt;/p&gt;</source>
        <translation>&lt;p&gt;选择一个令牌以查看它授予了什么权限、授予给谁以及有效期至何时。&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%n tokens selected. Revoke revokes them all.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;已选择 %n 个令牌。“撤销”将撤销全部令牌。&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Paste a token first.&lt;/p&gt;</source>
        <translation>&lt;p&gt;请先粘贴令牌。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Signature valid.</source>
        <translation>签名有效。</translation>
    </message>
    <message>
        <source>Signature not verified.</source>
        <translation>签名未经验证。</translation>
    </message>
    <message>
        <source>&lt;p&gt;It %1 (at %2).&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1（%2）。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Looking the token up in the store…</source>
        <translation>正在存储中查找令牌…</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Header&lt;/h4&gt;&lt;pre&gt;%1&lt;/pre&gt;&lt;h4&gt;Claims&lt;/h4&gt;&lt;pre&gt;%2&lt;/pre&gt;</source>
        <translation>&lt;h4&gt;标头&lt;/h4&gt;&lt;pre&gt;%1&lt;/pre&gt;&lt;h4&gt;声明&lt;/h4&gt;&lt;pre&gt;%2&lt;/pre&gt;</translation>
    </message>
    <message>
        <source>The token has no &lt;code&gt;jti&lt;/code&gt;, so it cannot be found in the store.</source>
        <translation>该令牌没有 &lt;code&gt;jti&lt;/code&gt;，因此无法在存储中找到。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not in the store&lt;/b&gt;: this backend did not issue the token, or its record was removed.</source>
        <translation>&lt;b&gt;不在存储中&lt;/b&gt;：此后端未签发该令牌，或其记录已被删除。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Introspection: active.&lt;/b&gt; The store knows this token and it has not been revoked.</source>
        <translation>&lt;b&gt;内省：active。&lt;/b&gt;存储中有此令牌，且它尚未被撤销。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Introspection: inactive&lt;/b&gt; (expired).</source>
        <translation>&lt;b&gt;内省：inactive&lt;/b&gt;（已过期）。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Introspection: inactive&lt;/b&gt;, revoked at %1.</source>
        <translation>&lt;b&gt;内省：inactive&lt;/b&gt;，已于 %1 撤销。</translation>
    </message>
    <message>
        <source>Delete &amp;record…</source>
        <translation>删除记录(&amp;R)…</translation>
    </message>
    <message>
        <source>Delete the selected tokens&apos; records instead of keeping them as revoked</source>
        <translation>删除所选令牌的记录，而不是将其保留为已吊销</translation>
    </message>
    <message>
        <source>%1

%2</source>
        <translation>%1

%2</translation>
    </message>
    <message numerus="yes">
        <source>Delete the record of %n token(s)?

The server forgets them: they no longer appear here, and nothing shows they were revoked. Revoke keeps the record.</source>
        <translation>
            <numerusform>删除 %n 个令牌的记录？

服务器会忘记它们：它们不再显示在这里，也没有任何信息表明它们曾被吊销。吊销会保留记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete token records</source>
        <translation>删除令牌记录</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n record(s)</source>
        <translation>
            <numerusform>删除 %n 条记录</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token record(s) could not be deleted.</source>
        <translation>
            <numerusform>%n 条令牌记录无法删除。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n token record(s).</source>
        <translation>
            <numerusform>已删除 %n 条令牌记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>The audience (&lt;code&gt;aud&lt;/code&gt;) is &lt;b&gt;%1&lt;/b&gt;, the resource the client asked for.</source>
        <translation>受众（&lt;code&gt;aud&lt;/code&gt;）为 &lt;b&gt;%1&lt;/b&gt;，即客户端请求的资源。</translation>
    </message>
</context>
<context>
    <name>mcpauth::ToolCallForm</name>
    <message>
        <source>&amp;Call tool</source>
        <translation>调用工具(&amp;C)</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>工具</translation>
    </message>
    <message>
        <source>Runs the connection again and calls this tool at its end.</source>
        <translation>再次运行连接，并在结束时调用此工具。</translation>
    </message>
    <message>
        <source>&amp;Tool:</source>
        <translation>工具(&amp;T)：</translation>
    </message>
    <message>
        <source>The tools appear here after a run that reached tools/list.</source>
        <translation>运行到达 tools/list 后，工具将显示在此处。</translation>
    </message>
    <message>
        <source>This tool takes no arguments.</source>
        <translation>此工具不接受参数。</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>（未设置）</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>JSON (%1)</source>
        <translation>JSON (%1)</translation>
    </message>
    <message>
        <source>any type</source>
        <translation>任意类型</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* 必填</translation>
    </message>
    <message>
        <source>Run the connection first: it lists the tools.</source>
        <translation>请先运行连接：它会列出工具。</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 为必填项。</translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation>%1 必须是整数。</translation>
    </message>
    <message>
        <source>%1 must be a number.</source>
        <translation>%1 必须是数字。</translation>
    </message>
    <message>
        <source>%1 must be JSON.</source>
        <translation>%1 必须是 JSON。</translation>
    </message>
</context>
<context>
    <name>mcpauth::TranscriptTableModel</name>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>JSON-RPC request</source>
        <translation>JSON-RPC 请求</translation>
    </message>
    <message>
        <source>JSON-RPC response</source>
        <translation>JSON-RPC 响应</translation>
    </message>
    <message>
        <source>JSON-RPC notification</source>
        <translation>JSON-RPC 通知</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>浏览器</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>错误 %1</translation>
    </message>
    <message>
        <source>result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>+%1 ms</source>
        <translation>+%1 毫秒</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>步骤</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>种类</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>请求</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>持续时间</translation>
    </message>
</context>
<context>
    <name>mcpauth::UserEditorDialog</name>
    <message>
        <source>Add User</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>Edit User %1</source>
        <translation>编辑用户 %1</translation>
    </message>
    <message>
        <source>Or&amp;ganization:</source>
        <translation>组织(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>显示名称(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Administrator: may hold the built-in MCP server&apos;s administrator-only scopes</source>
        <translation>管理员(&amp;A)：可持有内置 MCP 服务器的仅限管理员作用域</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>密码：</translation>
    </message>
    <message>
        <source>Could not load the organizations: %1</source>
        <translation>无法加载组织：%1</translation>
    </message>
</context>
<context>
    <name>mcpauth::UserTableModel</name>
    <message>
        <source>Cannot sign in; their tokens were revoked when the account was disabled.</source>
        <translation>无法登录；帐户被禁用时其令牌已被撤销。</translation>
    </message>
    <message>
        <source>May consent to the administrator-only scopes of the built-in MCP server.</source>
        <translation>可以同意内置 MCP 服务器的仅限管理员作用域。</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>已禁用</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>已启用</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
</context>
<context>
    <name>mcpauth::UsersPage</name>
    <message>
        <source>Filter by username, name or email (Ctrl+F)</source>
        <translation>按用户名、名称或电子邮件筛选 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter users</source>
        <translation>筛选用户</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>添加用户</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation>编辑用户</translation>
    </message>
    <message>
        <source>D&amp;isable</source>
        <translation>禁用(&amp;I)</translation>
    </message>
    <message>
        <source>Disable or enable user</source>
        <translation>禁用或启用用户</translation>
    </message>
    <message>
        <source>&amp;Reset Password…</source>
        <translation>重置密码(&amp;R)…</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>重置密码</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>Unlock user</source>
        <translation>解锁用户</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>删除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation>删除用户</translation>
    </message>
    <message>
        <source>Lift a lockout after repeated failed sign-ins now instead of waiting for it to end.</source>
        <translation>立即解除因多次登录失败而导致的锁定，无需等待其结束。</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>&lt;b&gt;Consents in force&lt;/b&gt;</source>
        <translation>&lt;b&gt;有效的同意&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Consents of the selected user</source>
        <translation>所选用户的同意</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>资源</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>作用域</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>授予时间</translation>
    </message>
    <message>
        <source>Recent tokens of the selected user</source>
        <translation>所选用户的最近令牌</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>种类</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>签发时间</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>过期时间</translation>
    </message>
    <message>
        <source>Could not load the users</source>
        <translation>无法加载用户</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n 个用户</numerusform>
        </translation>
    </message>
    <message>
        <source>En&amp;able</source>
        <translation>启用(&amp;A)</translation>
    </message>
    <message>
        <source>Let the user sign in again. Tokens revoked when the account was disabled stay revoked.</source>
        <translation>允许该用户再次登录。帐户被禁用时撤销的令牌仍保持撤销状态。</translation>
    </message>
    <message>
        <source>Stop the user from signing in and revoke every token of theirs.</source>
        <translation>禁止该用户登录，并撤销其所有令牌。</translation>
    </message>
    <message>
        <source>User %1 added.</source>
        <translation>已添加用户 %1。</translation>
    </message>
    <message>
        <source>User %1 saved.</source>
        <translation>已保存用户 %1。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>The password of %1. Give it to them over a channel you trust; they sign in with it at the local authorization server&apos;s login page.</source>
        <translation>%1 的密码。请通过您信任的渠道将其交给对方；对方使用它在本地授权服务器的登录页面登录。</translation>
    </message>
    <message>
        <source>Could not change %1</source>
        <translation>无法更改 %1</translation>
    </message>
    <message>
        <source>User %1 disabled; their tokens were revoked.</source>
        <translation>已禁用用户 %1；其令牌已被撤销。</translation>
    </message>
    <message>
        <source>User %1 enabled.</source>
        <translation>已启用用户 %1。</translation>
    </message>
    <message>
        <source>Disable User</source>
        <translation>禁用用户</translation>
    </message>
    <message>
        <source>Disable %1?</source>
        <translation>要禁用 %1 吗？</translation>
    </message>
    <message numerus="yes">
        <source>They can no longer sign in, and every token of theirs is revoked now (%n token(s) are active). Enabling them later revives no token.</source>
        <translation>
            <numerusform>该用户将无法再登录，其所有令牌将立即被撤销（有 %n 个有效令牌）。之后重新启用不会恢复任何令牌。</numerusform>
        </translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>禁用</translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation>已重置 %1 的密码。</translation>
    </message>
    <message>
        <source>Could not unlock %1</source>
        <translation>无法解锁 %1</translation>
    </message>
    <message>
        <source>%1 may sign in again: failed attempts are forgotten.</source>
        <translation>%1 可以再次登录：失败的尝试已被清除。</translation>
    </message>
    <message>
        <source>Delete User</source>
        <translation>删除用户</translation>
    </message>
    <message>
        <source>Delete the user %1?</source>
        <translation>要删除用户 %1 吗？</translation>
    </message>
    <message>
        <source>Their %1 and %2 are deleted with them, so no token of theirs works any more. The audit log keeps the history.</source>
        <translation>其 %1 和 %2 将一并删除，因此其任何令牌都将失效。审计日志会保留历史记录。</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n 个令牌</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s)</source>
        <translation>
            <numerusform>%n 项同意</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Could not delete %1</source>
        <translation>无法删除 %1</translation>
    </message>
    <message>
        <source>User %1 deleted.</source>
        <translation>已删除用户 %1。</translation>
    </message>
    <message>
        <source>Select a user to see their consents and tokens.</source>
        <translation>选择一个用户以查看其同意和令牌。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Loading tokens…</source>
        <translation>正在加载令牌…</translation>
    </message>
    <message>
        <source>Could not load the consents</source>
        <translation>无法加载同意</translation>
    </message>
    <message>
        <source>Could not count the tokens: %1</source>
        <translation>无法统计令牌：%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tokens&lt;/b&gt;: none.</source>
        <translation>&lt;b&gt;令牌&lt;/b&gt;：无。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tokens&lt;/b&gt;: %1, %2 active. The most recent:</source>
        <translation>&lt;b&gt;令牌&lt;/b&gt;：%1，其中 %2 个有效。最近的令牌：</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>已撤销</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>访问</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Token ID %1, audience %2, scopes %3</source>
        <translation>令牌 ID %1，受众 %2，作用域 %3</translation>
    </message>
</context>
</TS>
