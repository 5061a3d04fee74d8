<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>BackendFactory</name>
    <message>
        <source>This build does not know how to connect to %1.</source>
        <translation>このビルドは %1 への接続方法を認識していません。</translation>
    </message>
</context>
<context>
    <name>Capability</name>
    <message>
        <source>Organizations</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>List applications</source>
        <translation>アプリケーションの一覧表示</translation>
    </message>
    <message>
        <source>Create, edit and delete applications</source>
        <translation>アプリケーションの作成、編集、削除</translation>
    </message>
    <message>
        <source>Rotate client secrets</source>
        <translation>クライアント シークレットのローテーション</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>リソース</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>スコープ</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>List tokens</source>
        <translation>トークンの一覧表示</translation>
    </message>
    <message>
        <source>Look up a token</source>
        <translation>トークンの検索</translation>
    </message>
    <message>
        <source>Revoke tokens</source>
        <translation>トークンの取り消し</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>監査ログ</translation>
    </message>
    <message>
        <source>Verify the audit chain</source>
        <translation>監査チェーンの検証</translation>
    </message>
    <message>
        <source>Signing keys</source>
        <translation>署名鍵</translation>
    </message>
    <message>
        <source>Dynamic registration policy</source>
        <translation>動的登録ポリシー</translation>
    </message>
    <message>
        <source>Live updates</source>
        <translation>ライブ更新</translation>
    </message>
    <message>
        <source>Delete token records</source>
        <translation>トークンの記録を削除</translation>
    </message>
</context>
<context>
    <name>CasdoorMapping</name>
    <message>
        <source>Casdoor does not accept &quot;%1&quot; in a name (none of %2 may appear); use letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>Casdoor は名前に「%1」を受け付けません（%2 はいずれも使えません）。英字、数字、「-」、「_」を使ってください。</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>名前を入力してください。</translation>
    </message>
    <message>
        <source>Casdoor has no &quot;:*&quot; port wildcard, and its scheme-less form would also accept plain http on %1. Register the exact port.</source>
        <translation>Casdoor には「:*」のポートワイルドカードがなく、スキームなしの形式では %1 で暗号化されていない http も受け付けてしまいます。正確なポートを登録してください。</translation>
    </message>
    <message>
        <source>%1 is stored in Casdoor as %2: Casdoor has no &quot;:*&quot; port wildcard; its scheme-less form accepts any port (and https too) on the loopback host.</source>
        <translation>%1 は Casdoor に %2 として保存されます。Casdoor には「:*」のポートワイルドカードがなく、スキームなしの形式はループバックホストで任意のポート（https も）を受け付けます。</translation>
    </message>
    <message>
        <source>Casdoor cannot require PKCE: it checks the code verifier whenever a client sends a challenge, and accepts requests without one.</source>
        <translation>Casdoor は PKCE を必須にできません。クライアントがチャレンジを送ったときに code verifier を検証しますが、ないリクエストも受け付けます。</translation>
    </message>
    <message>
        <source>Casdoor issues JWT access tokens only.</source>
        <translation>Casdoor が発行するアクセストークンは JWT のみです。</translation>
    </message>
    <message>
        <source>Casdoor&apos;s consent policy is fixed: it asks once for the scopes listed in the application&apos;s consent scopes, and remembers the answer.</source>
        <translation>Casdoor の同意ポリシーは固定です。アプリケーションの同意スコープにあるスコープについて一度だけ尋ね、その答えを記憶します。</translation>
    </message>
    <message>
        <source>Casdoor has no CORS setting per application: it allows an origin that matches one of the application&apos;s redirect URIs, or a loopback origin.</source>
        <translation>Casdoor にはアプリケーションごとの CORS 設定がありません。アプリケーションのリダイレクト URI のいずれかに一致するオリジン、またはループバックのオリジンを許可します。</translation>
    </message>
    <message>
        <source>Casdoor&apos;s dynamic registration is either open or disabled; it cannot restrict redirect URIs to patterns.</source>
        <translation>Casdoor の動的登録は開放か無効のどちらかで、リダイレクト URI をパターンに制限することはできません。</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>Enter the server&apos;s address, for example https://auth.example.com.</source>
        <translation>サーバーのアドレスを入力してください (例: https://auth.example.com)。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid URL.</source>
        <translation>&apos;%1&apos; は有効な URL ではありません。</translation>
    </message>
    <message>
        <source>Use https (plain http is accepted only for 127.0.0.1 and localhost).</source>
        <translation>https を使用してください (暗号化されていない http は 127.0.0.1 と localhost でのみ使用できます)。</translation>
    </message>
    <message>
        <source>The address must not contain a query or a fragment.</source>
        <translation>アドレスにクエリやフラグメントを含めることはできません。</translation>
    </message>
    <message>
        <source>Put no user name or password in the address; the secret goes in the keychain.</source>
        <translation>アドレスにユーザー名やパスワードを含めないでください。シークレットはキーチェーンに保存されます。</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>データベースのパスワード</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>クライアント シークレット</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>プロファイルに名前を付けてください。</translation>
    </message>
    <message>
        <source>The name is longer than 100 characters.</source>
        <translation>名前が 100 文字を超えています。</translation>
    </message>
    <message>
        <source>Choose the SQLite file of the store.</source>
        <translation>ストアの SQLite ファイルを選択してください。</translation>
    </message>
    <message>
        <source>This is a PostgreSQL URL: choose Local PostgreSQL.</source>
        <translation>これは PostgreSQL の URL です。[ローカル PostgreSQL] を選択してください。</translation>
    </message>
    <message>
        <source>Enter a URL like postgresql://user@host:5432/database.</source>
        <translation>postgresql://user@host:5432/database のような URL を入力してください。</translation>
    </message>
    <message>
        <source>Enter the Casdoor organization, for example built-in.</source>
        <translation>Casdoor の組織を入力してください (例: built-in)。</translation>
    </message>
    <message>
        <source>Enter the client ID of a Casdoor application.</source>
        <translation>Casdoor アプリケーションのクライアント ID を入力してください。</translation>
    </message>
    <message>
        <source>Enter the client ID the console authenticates with.</source>
        <translation>コンソールが認証に使用するクライアント ID を入力してください。</translation>
    </message>
    <message>
        <source>Unknown backend kind &apos;%1&apos;.</source>
        <translation>不明なバックエンドの種類 &apos;%1&apos; です。</translation>
    </message>
    <message>
        <source>The profile has no id.</source>
        <translation>プロファイルに ID がありません。</translation>
    </message>
    <message>
        <source>Local SQLite</source>
        <translation>ローカル SQLite</translation>
    </message>
    <message>
        <source>Local PostgreSQL</source>
        <translation>ローカル PostgreSQL</translation>
    </message>
    <message>
        <source>Casdoor</source>
        <translation>Casdoor</translation>
    </message>
    <message>
        <source>Standards-based authorization server</source>
        <translation>標準ベースの認可サーバー</translation>
    </message>
    <message>
        <source>Casdoor has no resource entity: the resource indicator is only recorded on each token.</source>
        <translation>Casdoor にはリソース エンティティがありません。リソース インジケーターは各トークンに記録されるだけです。</translation>
    </message>
    <message>
        <source>Casdoor keeps scopes inside each application; edit them there.</source>
        <translation>Casdoor ではスコープは各アプリケーション内に保持されます。そこで編集してください。</translation>
    </message>
    <message>
        <source>Manage Casdoor&apos;s users in Casdoor&apos;s own user pages.</source>
        <translation>Casdoor のユーザーは Casdoor 自身のユーザー ページで管理してください。</translation>
    </message>
    <message>
        <source>Casdoor has no introspection for the console&apos;s credentials; look tokens up in the list.</source>
        <translation>Casdoor にはコンソールの資格情報用のイントロスペクションがありません。一覧でトークンを検索してください。</translation>
    </message>
    <message>
        <source>Casdoor&apos;s records are not hash-chained, so there is nothing to verify.</source>
        <translation>Casdoor のレコードはハッシュ チェーンになっていないため、検証するものはありません。</translation>
    </message>
    <message>
        <source>Casdoor&apos;s signing certificates are managed in Casdoor.</source>
        <translation>Casdoor の署名証明書は Casdoor で管理されます。</translation>
    </message>
    <message>
        <source>Casdoor does not announce changes; refresh with F5.</source>
        <translation>Casdoor は変更を通知しません。F5 キーで更新してください。</translation>
    </message>
    <message>
        <source>The OAuth standards have no organizations.</source>
        <translation>OAuth 標準には組織がありません。</translation>
    </message>
    <message>
        <source>Rotate a client&apos;s secret by updating its registration (RFC 7592) on the server.</source>
        <translation>クライアントのシークレットをローテーションするには、サーバー上でその登録を更新してください (RFC 7592)。</translation>
    </message>
    <message>
        <source>The OAuth standards have no API to list a server&apos;s resources.</source>
        <translation>OAuth 標準にはサーバーのリソースを一覧表示する API がありません。</translation>
    </message>
    <message>
        <source>The OAuth standards have no API to manage scopes.</source>
        <translation>OAuth 標準にはスコープを管理する API がありません。</translation>
    </message>
    <message>
        <source>The OAuth standards have no API to manage users.</source>
        <translation>OAuth 標準にはユーザーを管理する API がありません。</translation>
    </message>
    <message>
        <source>The OAuth standards cannot list tokens; paste a token to look it up (RFC 7662).</source>
        <translation>OAuth 標準ではトークンを一覧表示できません。トークンを貼り付けて検索してください (RFC 7662)。</translation>
    </message>
    <message>
        <source>The OAuth standards have no API for consents.</source>
        <translation>OAuth 標準には同意用の API がありません。</translation>
    </message>
    <message>
        <source>The OAuth standards have no API for an audit log.</source>
        <translation>OAuth 標準には監査ログ用の API がありません。</translation>
    </message>
    <message>
        <source>A server&apos;s signing keys are read from its JWKS, not managed.</source>
        <translation>サーバーの署名鍵は JWKS から読み取られ、管理はされません。</translation>
    </message>
    <message>
        <source>The OAuth standards have no API for registration policy.</source>
        <translation>OAuth 標準には登録ポリシー用の API がありません。</translation>
    </message>
    <message>
        <source>The server does not announce changes; refresh with F5.</source>
        <translation>サーバーは変更を通知しません。F5 キーで更新してください。</translation>
    </message>
    <message>
        <source>The local store keeps every token&apos;s record for the audit trail; revoke the token instead.</source>
        <translation>ローカルストアは監査証跡のためにすべてのトークンの記録を保持します。代わりにトークンを失効させてください。</translation>
    </message>
    <message>
        <source>The OAuth standards revoke tokens (RFC 7009); they cannot delete them.</source>
        <translation>OAuth の標準はトークンを失効させます（RFC 7009）。削除はできません。</translation>
    </message>
</context>
<context>
    <name>ConnectionProfileStore</name>
    <message>
        <source>A profile named &apos;%1&apos; exists already.</source>
        <translation>&apos;%1&apos; という名前のプロファイルは既に存在します。</translation>
    </message>
    <message>
        <source>There is no such profile.</source>
        <translation>そのようなプロファイルはありません。</translation>
    </message>
</context>
<context>
    <name>ErrorMessage</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>種類: %1</translation>
    </message>
    <message>
        <source>Field: %1</source>
        <translation>フィールド: %1</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>メッセージ: %1</translation>
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
        <translation>このトークンは &apos;%1&apos; で署名されています。ローカル サーバーは RS256 と ES256 でのみ署名するため、このトークンを発行したのはローカル サーバーではありません。</translation>
    </message>
    <message>
        <source>no algorithm</source>
        <translation>アルゴリズムなし</translation>
    </message>
    <message>
        <source>No key of the local server has the key ID &apos;%1&apos;: another server issued this token, or its key was removed.</source>
        <translation>ローカル サーバーにはキー ID &apos;%1&apos; の鍵がありません。別のサーバーがこのトークンを発行したか、その鍵が削除されています。</translation>
    </message>
    <message>
        <source>The key &apos;%1&apos; is no longer published in the JWKS, so resource servers reject every token it signed.</source>
        <translation>鍵 &apos;%1&apos; は JWKS で公開されなくなったため、リソース サーバーはこの鍵で署名されたすべてのトークンを拒否します。</translation>
    </message>
    <message>
        <source>The header says %1, but the key &apos;%2&apos; is a %3 key.</source>
        <translation>ヘッダーは %1 を示していますが、鍵 &apos;%2&apos; は %3 鍵です。</translation>
    </message>
    <message>
        <source>The stored public key &apos;%1&apos; could not be read.</source>
        <translation>保存されている公開鍵 &apos;%1&apos; を読み取れませんでした。</translation>
    </message>
    <message>
        <source>The signature does not match the key &apos;%1&apos;: the token was altered after it was signed.</source>
        <translation>署名が鍵 &apos;%1&apos; と一致しません。トークンは署名後に改ざんされています。</translation>
    </message>
    <message>
        <source>The signature is valid: signed by the local server&apos;s %1 key &apos;%2&apos;.</source>
        <translation>署名は有効です: ローカル サーバーの %1 鍵 &apos;%2&apos; で署名されています。</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>any time</source>
        <translation>指定なし</translation>
    </message>
</context>
<context>
    <name>RegistrationKeyring</name>
    <message>
        <source>This console holds no registration access token for client &apos;%1&apos;, so it cannot manage it: only clients registered from this console (on this machine) can be.</source>
        <translation>このコンソールにはクライアント &apos;%1&apos; の登録アクセス トークンがないため、管理できません。管理できるのは、このコンソールから (このコンピューターで) 登録したクライアントだけです。</translation>
    </message>
</context>
<context>
    <name>RemoteSession</name>
    <message>
        <source>No client secret for &apos;%1&apos;: set MCPAUTH_CLIENT_SECRET, or save the profile&apos;s secret in the console (File &gt; Connection Profiles). The keychain said: %2</source>
        <translation>&apos;%1&apos; のクライアント シークレットがありません。MCPAUTH_CLIENT_SECRET を設定するか、コンソールでプロファイルのシークレットを保存してください (ファイル &gt; 接続プロファイル)。キーチェーンの応答: %2</translation>
    </message>
</context>
<context>
    <name>mcpauth::ApplicationEditorDialog</name>
    <message>
        <source>New Application</source>
        <translation>新しいアプリケーション</translation>
    </message>
    <message>
        <source>Edit Application %1</source>
        <translation>アプリケーション %1 の編集</translation>
    </message>
    <message>
        <source>Application settings</source>
        <translation>アプリケーションの設定</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>全般(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Redirects &amp;&amp; grants</source>
        <translation>リダイレクトと付与(&amp;R)</translation>
    </message>
    <message>
        <source>T&amp;okens &amp;&amp; consent</source>
        <translation>トークンと同意(&amp;O)</translation>
    </message>
    <message>
        <source>None: start from defaults</source>
        <translation>なし: 既定値から開始</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>テンプレート(&amp;T):</translation>
    </message>
    <message>
        <source>Or&amp;ganization:</source>
        <translation>組織(&amp;G):</translation>
    </message>
    <message>
        <source>A short unique name, e.g. cursor-team</source>
        <translation>短い一意の名前 (例: cursor-team)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>表示名(&amp;D):</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>説明(&amp;E):</translation>
    </message>
    <message>
        <source>Generated when left empty</source>
        <translation>空の場合は自動生成</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>クライアント ID(&amp;C):</translation>
    </message>
    <message>
        <source>Public: an app on a device, no secret (PKCE)</source>
        <translation>パブリック: デバイス上のアプリ、シークレットなし (PKCE)</translation>
    </message>
    <message>
        <source>Confidential: runs on a server, has a secret</source>
        <translation>コンフィデンシャル: サーバー上で実行、シークレットあり</translation>
    </message>
    <message>
        <source>Client t&amp;ype:</source>
        <translation>クライアントの種類(&amp;Y):</translation>
    </message>
    <message>
        <source>none (public clients)</source>
        <translation>none (パブリック クライアント)</translation>
    </message>
    <message>
        <source>client_secret_basic (HTTP Basic)</source>
        <translation>client_secret_basic (HTTP Basic)</translation>
    </message>
    <message>
        <source>client_secret_post (in the form)</source>
        <translation>client_secret_post (フォーム内)</translation>
    </message>
    <message>
        <source>Token endpoint &amp;authentication:</source>
        <translation>トークン エンドポイントの認証(&amp;A):</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>エージェント</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>既定</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>カテゴリ(&amp;T):</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>種類(&amp;Y):</translation>
    </message>
    <message>
        <source>Redirect URIs:</source>
        <translation>リダイレクト URI:</translation>
    </message>
    <message>
        <source>authorization_code: a person signs in and consents</source>
        <translation>authorization_code: ユーザーがサインインして同意する</translation>
    </message>
    <message>
        <source>refresh_token: new access tokens without signing in again</source>
        <translation>refresh_token: 再サインインなしで新しいアクセス トークンを取得する</translation>
    </message>
    <message>
        <source>client_credentials: the client acts for itself (confidential only)</source>
        <translation>client_credentials: クライアントが自身として動作する (コンフィデンシャルのみ)</translation>
    </message>
    <message>
        <source>Grant types:</source>
        <translation>付与タイプ:</translation>
    </message>
    <message>
        <source>Require &amp;PKCE (S256) on every authorization request</source>
        <translation>すべての認可要求で PKCE (S256) を必須にする(&amp;P)</translation>
    </message>
    <message>
        <source>JWT (verifiable by the resource)</source>
        <translation>JWT (リソースで検証可能)</translation>
    </message>
    <message>
        <source>Opaque (checked by introspection)</source>
        <translation>不透明 (イントロスペクションで確認)</translation>
    </message>
    <message>
        <source>Token &amp;format:</source>
        <translation>トークンの形式(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Signing algorithm:</source>
        <translation>署名アルゴリズム(&amp;S):</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>From %1 s (one minute) to %2 s (one day).</source>
        <translation>%1 秒 (1 分) から %2 秒 (1 日) まで。</translation>
    </message>
    <message>
        <source>A&amp;ccess token lifetime:</source>
        <translation>アクセス トークンの有効期間(&amp;C):</translation>
    </message>
    <message>
        <source>At most %1 s (one year).</source>
        <translation>最大 %1 秒 (1 年)。</translation>
    </message>
    <message>
        <source>&amp;Refresh token lifetime:</source>
        <translation>リフレッシュ トークンの有効期間(&amp;R):</translation>
    </message>
    <message>
        <source>Once: ask the first time, remember the answer</source>
        <translation>1 回: 初回に確認し、回答を記憶する</translation>
    </message>
    <message>
        <source>Always: ask on every authorization</source>
        <translation>常に: 認可のたびに確認する</translation>
    </message>
    <message>
        <source>Never: trusted first-party client</source>
        <translation>しない: 信頼されたファースト パーティ クライアント</translation>
    </message>
    <message>
        <source>Co&amp;nsent:</source>
        <translation>同意(&amp;N):</translation>
    </message>
    <message>
        <source>Space-separated; empty: any scope of the resource</source>
        <translation>スペース区切り。空の場合: リソースの任意のスコープ</translation>
    </message>
    <message>
        <source>Allowed sco&amp;pes:</source>
        <translation>許可されたスコープ(&amp;P):</translation>
    </message>
    <message>
        <source>Space-separated origins, e.g. https://app.example.com</source>
        <translation>スペース区切りのオリジン (例: https://app.example.com)</translation>
    </message>
    <message>
        <source>CORS &amp;origins:</source>
        <translation>CORS オリジン(&amp;O):</translation>
    </message>
    <message>
        <source>Could not load the organizations: %1</source>
        <translation>組織を読み込めませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n problem(s))</source>
        <translation>
            <numerusform>%1 (%n 件の問題)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mcpauth::ApplicationTableModel</name>
    <message>
        <source>Confidential</source>
        <translation>コンフィデンシャル</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>パブリック</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>常に</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>1 回</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>しない</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>コンソール</translation>
    </message>
    <message>
        <source>CLI</source>
        <translation>CLI</translation>
    </message>
    <message>
        <source>Dynamic registration</source>
        <translation>動的登録</translation>
    </message>
    <message>
        <source>Metadata document</source>
        <translation>メタデータ ドキュメント</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>表示名</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>クライアント ID</translation>
    </message>
    <message>
        <source>Client type</source>
        <translation>クライアントの種類</translation>
    </message>
    <message>
        <source>Redirect URIs</source>
        <translation>リダイレクト URI</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>作成者</translation>
    </message>
</context>
<context>
    <name>mcpauth::ApplicationsPage</name>
    <message>
        <source>Filter by name, client ID or redirect URI (Ctrl+F)</source>
        <translation>名前、クライアント ID、リダイレクト URI でフィルター (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter applications</source>
        <translation>アプリケーションのフィルター</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新規(&amp;N)…</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>新しいアプリケーション</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit application</source>
        <translation>アプリケーションの編集</translation>
    </message>
    <message>
        <source>&amp;Rotate Secret…</source>
        <translation>シークレットのローテーション(&amp;R)…</translation>
    </message>
    <message>
        <source>Rotate the client secret</source>
        <translation>クライアント シークレットをローテーションします</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete application</source>
        <translation>アプリケーションの削除</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>アプリケーション</translation>
    </message>
    <message>
        <source>Could not load the applications</source>
        <translation>アプリケーションを読み込めませんでした</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n 個のアプリケーション</numerusform>
        </translation>
    </message>
    <message>
        <source>New application (Ctrl+N)</source>
        <translation>新しいアプリケーション (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit the selected application (Enter)</source>
        <translation>選択したアプリケーションを編集します (Enter)</translation>
    </message>
    <message>
        <source>Delete the selected application (Delete)</source>
        <translation>選択したアプリケーションを削除します (Delete)</translation>
    </message>
    <message>
        <source>A public client has no secret: it proves itself with PKCE.</source>
        <translation>パブリック クライアントにはシークレットがありません。PKCE で自身を証明します。</translation>
    </message>
    <message>
        <source>Issue a new client secret; the current one stops working at once.</source>
        <translation>新しいクライアント シークレットを発行します。現在のシークレットはすぐに使用できなくなります。</translation>
    </message>
    <message>
        <source>Application %1 created.</source>
        <translation>アプリケーション %1 を作成しました。</translation>
    </message>
    <message>
        <source>Application %1 saved.</source>
        <translation>アプリケーション %1 を保存しました。</translation>
    </message>
    <message>
        <source>Client Secret</source>
        <translation>クライアント シークレット</translation>
    </message>
    <message>
        <source>The client secret of %1 (client ID %2). Put it in the client&apos;s configuration.</source>
        <translation>%1 のクライアント シークレット (クライアント ID %2)。クライアントの構成に設定してください。</translation>
    </message>
    <message>
        <source>Rotate Client Secret</source>
        <translation>クライアント シークレットのローテーション</translation>
    </message>
    <message>
        <source>Rotate the client secret of %1?</source>
        <translation>%1 のクライアント シークレットをローテーションしますか?</translation>
    </message>
    <message>
        <source>The current secret stops working at once: every client that uses it must be given the new one. Tokens already issued stay valid.</source>
        <translation>現在のシークレットはすぐに使用できなくなります。これを使用しているすべてのクライアントに新しいシークレットを設定する必要があります。発行済みのトークンは引き続き有効です。</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>ローテーション</translation>
    </message>
    <message>
        <source>Could not rotate the secret of %1</source>
        <translation>%1 のシークレットをローテーションできませんでした</translation>
    </message>
    <message>
        <source>The secret of %1 was rotated.</source>
        <translation>%1 のシークレットをローテーションしました。</translation>
    </message>
    <message>
        <source>New Client Secret</source>
        <translation>新しいクライアント シークレット</translation>
    </message>
    <message>
        <source>The new client secret of %1 (client ID %2). The previous one no longer works.</source>
        <translation>%1 の新しいクライアント シークレット (クライアント ID %2)。以前のシークレットは使用できなくなりました。</translation>
    </message>
    <message>
        <source>Could not delete %1</source>
        <translation>%1 を削除できませんでした</translation>
    </message>
    <message>
        <source>Delete Application</source>
        <translation>アプリケーションの削除</translation>
    </message>
    <message>
        <source>Delete the application %1?</source>
        <translation>アプリケーション %1 を削除しますか?</translation>
    </message>
    <message>
        <source>Its %1 (%2 still active) and %3 are deleted with it, and clients using client ID %4 can no longer sign in. The audit log keeps the history.</source>
        <translation>%1 (うち %2 個が有効) と %3 も削除され、クライアント ID %4 を使用するクライアントはサインインできなくなります。履歴は監査ログに残ります。</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n 個のトークン</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s)</source>
        <translation>
            <numerusform>%n 件の同意</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Application %1 deleted with %2 and %3.</source>
        <translation>アプリケーション %1 を %2 および %3 とともに削除しました。</translation>
    </message>
    <message>
        <source>Only the clients registered from this console are listed: the OAuth standards have no way to list a server&apos;s clients. Their registration access tokens are in the keychain.</source>
        <translation>このコンソールから登録したクライアントだけが一覧に表示されます。OAuth の標準にはサーバーのクライアントを一覧表示する方法がありません。それらの登録アクセス トークンはキーチェーンにあります。</translation>
    </message>
</context>
<context>
    <name>mcpauth::AuditPage</name>
    <message>
        <source>&amp;Text:</source>
        <translation>テキスト(&amp;T):</translation>
    </message>
    <message>
        <source>Anywhere in the event (Ctrl+F)</source>
        <translation>イベント内の任意の場所 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Ac&amp;tor:</source>
        <translation>実行者(&amp;T):</translation>
    </message>
    <message>
        <source>cli:root, console:alice, server…</source>
        <translation>cli:root, console:alice, server…</translation>
    </message>
    <message>
        <source>Acti&amp;on:</source>
        <translation>操作(&amp;O):</translation>
    </message>
    <message>
        <source>token.revoke, or token. for all</source>
        <translation>token.revoke、またはすべての場合は token.</translation>
    </message>
    <message>
        <source>Tar&amp;get ID:</source>
        <translation>対象 ID(&amp;G):</translation>
    </message>
    <message>
        <source>The id of an entity</source>
        <translation>エンティティの ID</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>結果(&amp;U):</translation>
    </message>
    <message>
        <source>From</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>開始(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;before:</source>
        <translation>終了(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>チェーンの検証(&amp;V)</translation>
    </message>
    <message>
        <source>Recompute every event&apos;s hash: shows whether any stored event was changed or removed</source>
        <translation>すべてのイベントのハッシュを再計算し、保存されたイベントが変更または削除されていないかを表示します</translation>
    </message>
    <message>
        <source>Verification progress</source>
        <translation>検証の進行状況</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>エクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>Write the events that match the filter to a CSV or JSON file</source>
        <translation>フィルターに一致するイベントを CSV または JSON ファイルに書き出します</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>監査イベント</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>イベントの詳細</translation>
    </message>
    <message>
        <source>Select an event to see its details.</source>
        <translation>詳細を表示するイベントを選択してください。</translation>
    </message>
    <message>
        <source>Could not load the audit log</source>
        <translation>監査ログを読み込めませんでした</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>監査ログ</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message numerus="yes">
        <source>%1 event(s)</source>
        <translation>
            <numerusform>%1 件のイベント</numerusform>
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
        <translation>イベント %1、%2 (UTC)
実行者: %3
操作: %4
対象: %5 %6
結果: %7
ソース: %8

</translation>
    </message>
    <message>
        <source>No details.</source>
        <translation>詳細はありません。</translation>
    </message>
    <message>
        <source>
Hash: %1
Previous: %2</source>
        <translation>
ハッシュ: %1
前: %2</translation>
    </message>
    <message>
        <source>Checking every event&apos;s hash…</source>
        <translation>すべてのイベントのハッシュを確認しています…</translation>
    </message>
    <message>
        <source>The chain could not be checked.</source>
        <translation>チェーンを確認できませんでした。</translation>
    </message>
    <message>
        <source>Could not verify the audit log</source>
        <translation>監査ログを検証できませんでした</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Intact&lt;/b&gt;: all %n event(s) are in the chain unchanged; none was altered, removed or reordered.</source>
        <translation>
            <numerusform>&lt;b&gt;正常&lt;/b&gt;: %n 件のイベントすべてが変更されずにチェーン内にあります。変更、削除、並べ替えられたものはありません。</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Broken at event %1&lt;/b&gt;: %2 Events from there on cannot be trusted; compare them with a backup.</source>
        <translation>&lt;b&gt;イベント %1 で破損&lt;/b&gt;: %2 そこから先のイベントは信頼できません。バックアップと比較してください。</translation>
    </message>
    <message>
        <source>The audit chain is intact.</source>
        <translation>監査チェーンは正常です。</translation>
    </message>
    <message>
        <source>The audit chain is broken.</source>
        <translation>監査チェーンが破損しています。</translation>
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
        <translation>失敗</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>実行者</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>ソース</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>番号</translation>
    </message>
</context>
<context>
    <name>mcpauth::Backend</name>
    <message>
        <source>%1 is not available on this backend.</source>
        <translation>%1 はこのバックエンドでは使用できません。</translation>
    </message>
    <message>
        <source>This backend publishes no authorization server metadata.</source>
        <translation>このバックエンドは認可サーバー メタデータを公開していません。</translation>
    </message>
</context>
<context>
    <name>mcpauth::CasdoorBackend</name>
    <message>
        <source>Casdoor: %1 (organization %2)</source>
        <translation>Casdoor: %1（組織 %2）</translation>
    </message>
    <message>
        <source>Casdoor generates an application&apos;s secret once; change it in Casdoor&apos;s application page.</source>
        <translation>Casdoor はアプリケーションのシークレットを一度だけ生成します。Casdoor のアプリケーションページで変更してください。</translation>
    </message>
    <message>
        <source>Casdoor&apos;s consent policy is fixed: it asks once for the scopes listed in the application&apos;s consent scopes, and remembers the answer.</source>
        <translation>Casdoor の同意ポリシーは固定です。アプリケーションの同意スコープにあるスコープについて一度だけ尋ね、その答えを記憶します。</translation>
    </message>
    <message>
        <source>Casdoor has no &quot;:*&quot; port wildcard: http://127.0.0.1:*/callback is stored as 127.0.0.1/callback, its scheme-less form, which accepts any port (and https too). Casdoor also accepts any http://localhost and http://127.0.0.1 redirect for every application.</source>
        <translation>Casdoor には「:*」のポートワイルドカードがありません。http://127.0.0.1:*/callback はスキームなしの形式 127.0.0.1/callback として保存され、任意のポート（https も）を受け付けます。また Casdoor はすべてのアプリケーションで http://localhost と http://127.0.0.1 へのリダイレクトを受け付けます。</translation>
    </message>
    <message>
        <source>Casdoor cannot require PKCE: it checks the code verifier whenever a client sends a challenge, and accepts requests without one.</source>
        <translation>Casdoor は PKCE を必須にできません。クライアントがチャレンジを送ったときに code verifier を検証しますが、ないリクエストも受け付けます。</translation>
    </message>
    <message>
        <source>Casdoor has no CORS setting per application: it allows an origin that matches one of the application&apos;s redirect URIs, or a loopback origin.</source>
        <translation>Casdoor にはアプリケーションごとの CORS 設定がありません。アプリケーションのリダイレクト URI のいずれかに一致するオリジン、またはループバックのオリジンを許可します。</translation>
    </message>
    <message>
        <source>Casdoor has no revocation endpoint. Expiring a token keeps its record (update-token with expiresIn 0); deleting removes it. Either way Casdoor refuses the token from then on, but a resource server that validates the JWT offline accepts it until it expires.</source>
        <translation>Casdoor には失効エンドポイントがありません。トークンを期限切れにすると記録は残り（expiresIn 0 での update-token）、削除すると記録が消えます。どちらの場合も Casdoor はそれ以降トークンを拒否しますが、JWT をオフラインで検証するリソースサーバーは有効期限まで受け付けます。</translation>
    </message>
    <message>
        <source>Casdoor keeps consents in each user&apos;s applicationScopes. Revoking a consent does not revoke the tokens already issued.</source>
        <translation>Casdoor は同意を各ユーザーの applicationScopes に保存します。同意を取り消しても、発行済みのトークンは失効しません。</translation>
    </message>
    <message>
        <source>These are Casdoor&apos;s records: by default only POST requests are recorded, and calls made with application credentials (like this console&apos;s) may not be recorded at all.</source>
        <translation>これは Casdoor の記録です。既定では POST リクエストのみが記録され、アプリケーションの資格情報による呼び出し（このコンソールのものなど）はまったく記録されない場合があります。</translation>
    </message>
    <message>
        <source>Casdoor has no organization &quot;%1&quot;; check the profile&apos;s organization.</source>
        <translation>Casdoor に組織「%1」がありません。プロファイルの組織を確認してください。</translation>
    </message>
    <message>
        <source>Casdoor has no application &quot;%1&quot;.</source>
        <translation>Casdoor にアプリケーション「%1」がありません。</translation>
    </message>
    <message>
        <source>Casdoor did not add the application &quot;%1&quot;: the name or client ID may be taken, or the application quota reached.</source>
        <translation>Casdoor はアプリケーション「%1」を追加しませんでした。名前かクライアント ID が使用済みか、アプリケーションの上限に達している可能性があります。</translation>
    </message>
    <message>
        <source>Casdoor did not change the application &quot;%1&quot;.</source>
        <translation>Casdoor はアプリケーション「%1」を変更しませんでした。</translation>
    </message>
    <message>
        <source>Casdoor accepted the change, but reading the application back failed: %1</source>
        <translation>Casdoor は変更を受け付けましたが、アプリケーションの再読み込みに失敗しました: %1</translation>
    </message>
    <message>
        <source>Casdoor accepted the change but did not store the field &quot;%1&quot;; it holds the value shown after a refresh.</source>
        <translation>Casdoor は変更を受け付けましたが、フィールド「%1」を保存しませんでした。更新後に表示される値が保存されています。</translation>
    </message>
    <message>
        <source>%1 Whether the application changed could not be checked: %2</source>
        <translation>%1 アプリケーションが変更されたかどうかを確認できませんでした: %2</translation>
    </message>
    <message>
        <source>%1 Nothing was changed (read back from Casdoor).</source>
        <translation>%1 何も変更されていません（Casdoor から再読み込みしました）。</translation>
    </message>
    <message>
        <source>%1 The application in Casdoor now differs from before; refresh and check it.</source>
        <translation>%1 Casdoor のアプリケーションは以前と異なっています。更新して確認してください。</translation>
    </message>
    <message>
        <source>Casdoor did not delete the application &quot;%1&quot; (it may be gone already, or be app-built-in, which cannot be deleted).</source>
        <translation>Casdoor はアプリケーション「%1」を削除しませんでした（すでに存在しないか、削除できない app-built-in の可能性があります）。</translation>
    </message>
    <message>
        <source>Casdoor has no token %1.</source>
        <translation>Casdoor にトークン %1 がありません。</translation>
    </message>
    <message>
        <source>The token %1 is already expired in Casdoor.</source>
        <translation>トークン %1 は Casdoor ですでに期限切れです。</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) expired; then Casdoor refused to expire %1: %2</source>
        <translation>
            <numerusform>%n 件のトークンを期限切れにした後、Casdoor が %1 の期限切れを拒否しました: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Casdoor did not expire the token %1.</source>
        <translation>Casdoor はトークン %1 を期限切れにしませんでした。</translation>
    </message>
    <message>
        <source>Casdoor did not delete the token %1.</source>
        <translation>Casdoor はトークン %1 を削除しませんでした。</translation>
    </message>
    <message>
        <source>No consent has the id %1.</source>
        <translation>ID %1 の同意はありません。</translation>
    </message>
    <message>
        <source>Casdoor has no user %1.</source>
        <translation>Casdoor にユーザー %1 がありません。</translation>
    </message>
    <message>
        <source>The consent %1 is already gone.</source>
        <translation>同意 %1 はすでにありません。</translation>
    </message>
    <message>
        <source>Casdoor did not change the user&apos;s consents.</source>
        <translation>Casdoor はユーザーの同意を変更しませんでした。</translation>
    </message>
    <message>
        <source>Casdoor cannot count filtered records; the list shows them.</source>
        <translation>Casdoor はフィルターした記録を数えられません。一覧に表示されます。</translation>
    </message>
    <message>
        <source>Casdoor has no organization &quot;%1&quot;.</source>
        <translation>Casdoor に組織「%1」がありません。</translation>
    </message>
    <message>
        <source>Casdoor counts lifetimes in hours and gives new applications 168 hours (seven days) for access tokens. It accepts up to a year here; the console&apos;s own server allows at most one day, because a leaked access token works until it expires. Lower it unless your clients need it.</source>
        <translation>Casdoor は有効期間を時間単位で数え、新しいアプリケーションのアクセストークンには 168 時間 (7 日) を設定します。ここでは最大 1 年まで指定できますが、コンソール自身のサーバーは最大 1 日までです。漏えいしたアクセストークンは期限切れまで使えるためです。クライアントが必要としない限り短くしてください。</translation>
    </message>
</context>
<context>
    <name>mcpauth::CasdoorClient</name>
    <message>
        <source>Casdoor at %1 could not be reached: %2</source>
        <translation>%1 の Casdoor に接続できませんでした: %2</translation>
    </message>
    <message>
        <source>Casdoor refused the console&apos;s credentials (HTTP %1%2). Check the profile&apos;s client ID and the client secret in the keychain.</source>
        <translation>Casdoor がコンソールの資格情報を拒否しました（HTTP %1%2）。プロファイルのクライアント ID とキーチェーンのクライアントシークレットを確認してください。</translation>
    </message>
    <message>
        <source>Casdoor&apos;s answer to %1 (HTTP %2) is not the JSON envelope Casdoor sends. Is %3 a Casdoor server?</source>
        <translation>%1 に対する Casdoor の応答（HTTP %2）は Casdoor が送る JSON エンベロープではありません。%3 は Casdoor サーバーですか？</translation>
    </message>
    <message>
        <source>Casdoor did not accept the console&apos;s client ID and secret (it answered &quot;%1&quot;). Casdoor ignores wrong credentials and treats the call as anonymous: check the profile&apos;s client ID and the client secret in the keychain.</source>
        <translation>Casdoor はコンソールのクライアント ID とシークレットを受け付けませんでした（応答:「%1」）。Casdoor は誤った資格情報を無視して匿名の呼び出しとして扱います。プロファイルのクライアント ID とキーチェーンのクライアントシークレットを確認してください。</translation>
    </message>
    <message>
        <source>Casdoor refused %1: %2</source>
        <translation>Casdoor が %1 を拒否しました: %2</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>（理由の説明なし）</translation>
    </message>
    <message>
        <source>Casdoor answered %1 with HTTP %2.</source>
        <translation>Casdoor は %1 に HTTP %2 で応答しました。</translation>
    </message>
    <message>
        <source>Casdoor&apos;s page of %1 has no list or no total count; the server may be older than this console supports.</source>
        <translation>Casdoor の %1 のページに一覧または総数がありません。サーバーがこのコンソールの対応より古い可能性があります。</translation>
    </message>
    <message>
        <source>Casdoor&apos;s list %1 has more than %2 pages; narrow it down.</source>
        <translation>Casdoor の一覧 %1 は %2 ページを超えています。絞り込んでください。</translation>
    </message>
</context>
<context>
    <name>mcpauth::ClientPage</name>
    <message>
        <source>Through mcp-remote, which Claude Desktop starts from claude_desktop_config.json.</source>
        <translation>mcp-remote 経由。Claude Desktop が claude_desktop_config.json から起動します。</translation>
    </message>
    <message>
        <source>An http entry in ~/.claude.json, or the claude mcp add command.</source>
        <translation>~/.claude.json の http エントリ、または claude mcp add コマンド。</translation>
    </message>
    <message>
        <source>An entry in ~/.cursor/mcp.json; Cursor signs in through its cursor:// link.</source>
        <translation>~/.cursor/mcp.json のエントリ。Cursor は cursor:// リンクを使用してサインインします。</translation>
    </message>
    <message>
        <source>An http server in VS Code&apos;s user mcp.json.</source>
        <translation>VS Code のユーザー mcp.json の http サーバー。</translation>
    </message>
    <message>
        <source>A serverUrl entry in ~/.codeium/windsurf/mcp_config.json.</source>
        <translation>~/.codeium/windsurf/mcp_config.json の serverUrl エントリ。</translation>
    </message>
    <message>
        <source>The MCP Inspector&apos;s command line, to list the server&apos;s tools.</source>
        <translation>サーバーのツールを一覧表示するための MCP Inspector のコマンド ライン。</translation>
    </message>
    <message>
        <source>Any other MCP client: the console shows what to enter in its settings.</source>
        <translation>その他の MCP クライアント。設定に入力する内容をコンソールが表示します。</translation>
    </message>
    <message>
        <source>Which client do you want to connect?</source>
        <translation>どのクライアントを接続しますか?</translation>
    </message>
    <message>
        <source>The wizard writes that client&apos;s configuration and creates what it needs on the authorization server.</source>
        <translation>ウィザードはそのクライアントの構成を書き込み、必要なものを認可サーバー上に作成します。</translation>
    </message>
</context>
<context>
    <name>mcpauth::ConfigPage</name>
    <message>
        <source>The client&apos;s configuration</source>
        <translation>クライアントの構成</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>オペレーティング システム</translation>
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
        <translation>クライアントでのサーバー名</translation>
    </message>
    <message>
        <source>Configuration entry</source>
        <translation>構成エントリ</translation>
    </message>
    <message>
        <source>Code execution warning</source>
        <translation>コード実行の警告</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>コマンド</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>注記</translation>
    </message>
    <message>
        <source>Configuration file</source>
        <translation>構成ファイル</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>参照(&amp;B)…</translation>
    </message>
    <message>
        <source>Choose the configuration file</source>
        <translation>構成ファイルの選択</translation>
    </message>
    <message>
        <source>Changes to the file</source>
        <translation>ファイルへの変更</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>書き込み(&amp;W)</translation>
    </message>
    <message>
        <source>Write the configuration file</source>
        <translation>構成ファイルを書き込みます</translation>
    </message>
    <message>
        <source>Writes the file; the old one is kept beside it as a backup.</source>
        <translation>ファイルを書き込みます。以前のファイルはバックアップとして同じ場所に保存されます。</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy to the clipboard</source>
        <translation>クリップボードにコピーします</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Server &amp;name:</source>
        <translation>サーバー名(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;System:</source>
        <translation>システム(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F):</translation>
    </message>
    <message>
        <source>&amp;Entry:</source>
        <translation>エントリ(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Changes to the file:</source>
        <translation>ファイルへの変更(&amp;C):</translation>
    </message>
    <message>
        <source>What %1 needs to reach %2. Review the changes, then write the file or copy the text.</source>
        <translation>%1 が %2 に接続するために必要な内容です。変更を確認してから、ファイルを書き込むかテキストをコピーしてください。</translation>
    </message>
    <message>
        <source>MCP server URL: %1</source>
        <translation>MCP サーバー URL: %1</translation>
    </message>
    <message>
        <source>Client ID: %1</source>
        <translation>クライアント ID: %1</translation>
    </message>
    <message>
        <source>Client secret: none (public client, PKCE)</source>
        <translation>クライアント シークレット: なし (パブリック クライアント、PKCE)</translation>
    </message>
    <message>
        <source>Redirect URIs the application accepts: %1</source>
        <translation>アプリケーションが受け付けるリダイレクト URI: %1</translation>
    </message>
    <message>
        <source>Scopes: %1</source>
        <translation>スコープ: %1</translation>
    </message>
    <message>
        <source>Could not make the configuration.</source>
        <translation>構成を作成できませんでした。</translation>
    </message>
    <message>
        <source>⚠ Code execution: %1 runs this command with your privileges every time it starts. Writing the file approves it; check every word.</source>
        <translation>⚠ コード実行: %1 は起動するたびに、このコマンドをあなたの権限で実行します。ファイルを書き込むとこのコマンドを承認したことになります。すべての語句を確認してください。</translation>
    </message>
    <message>
        <source>⚠ Code execution: this command downloads a package from npm and runs it with your privileges.</source>
        <translation>⚠ コード実行: このコマンドは npm からパッケージをダウンロードし、あなたの権限で実行します。</translation>
    </message>
    <message>
        <source>Run this command once in a terminal to add the server:</source>
        <translation>サーバーを追加するには、ターミナルでこのコマンドを 1 回実行してください:</translation>
    </message>
    <message>
        <source>This client has no configuration file: run or copy the command.</source>
        <translation>このクライアントには構成ファイルがありません。コマンドを実行するかコピーしてください。</translation>
    </message>
    <message>
        <source>The configuration for another system is shown to copy; only this computer&apos;s files are written.</source>
        <translation>別のシステム用の構成はコピー用に表示されています。書き込まれるのはこのコンピューターのファイルだけです。</translation>
    </message>
    <message>
        <source>Could not prepare the file.</source>
        <translation>ファイルを準備できませんでした。</translation>
    </message>
    <message>
        <source>%1 already holds this entry: nothing to write.</source>
        <translation>%1 にはこのエントリが既にあります。書き込むものはありません。</translation>
    </message>
    <message>
        <source>Writing replaces the entry “%1” in %2.</source>
        <translation>書き込むと、%2 のエントリ「%1」が置き換えられます。</translation>
    </message>
    <message>
        <source>Writing adds the entry “%1” to %2; everything else stays.</source>
        <translation>書き込むと、エントリ「%1」が %2 に追加されます。その他の内容はそのままです。</translation>
    </message>
    <message>
        <source>Writing creates %1.</source>
        <translation>書き込むと、%1 が作成されます。</translation>
    </message>
    <message>
        <source>Could not write the configuration.</source>
        <translation>構成を書き込めませんでした。</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 を書き込みました。</translation>
    </message>
    <message>
        <source>Wrote %1; the old file is kept as %2.</source>
        <translation>%1 を書き込みました。以前のファイルは %2 として保存されています。</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON ファイル (*.json);;すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>クリップボードにコピーしました。</translation>
    </message>
</context>
<context>
    <name>mcpauth::ConnectionProfilesDialog</name>
    <message>
        <source>Connection Profiles</source>
        <translation>接続プロファイル</translation>
    </message>
    <message>
        <source>Saved profiles</source>
        <translation>保存済みのプロファイル</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>新規(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>削除(&amp;D)</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>プロファイル名</translation>
    </message>
    <message>
        <source>Backend kind</source>
        <translation>バックエンドの種類</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>クライアント ID</translation>
    </message>
    <message>
        <source>Open this profile when the console starts</source>
        <translation>コンソールの起動時にこのプロファイルを開く</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>組織(&amp;O):</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>クライアント ID(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Backend:</source>
        <translation>バックエンド(&amp;B):</translation>
    </message>
    <message>
        <source>What this backend can do</source>
        <translation>このバックエンドでできること</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>機能</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>使用可能</translation>
    </message>
    <message>
        <source>What this backend can do:</source>
        <translation>このバックエンドでできること:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>接続(&amp;C)</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (既定)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>キーチェーンを確認しています…</translation>
    </message>
    <message>
        <source>Saved; type to replace it</source>
        <translation>保存済み。置き換えるには入力してください</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>プロファイルの削除</translation>
    </message>
    <message>
        <source>Delete the profile &apos;%1&apos; and its saved secret? The backend itself is not changed.</source>
        <translation>プロファイル &apos;%1&apos; と保存されたシークレットを削除しますか? バックエンド自体は変更されません。</translation>
    </message>
    <message>
        <source>Store &amp;file:</source>
        <translation>ストア ファイル(&amp;F):</translation>
    </message>
    <message>
        <source>/home/you/.local/share/mcp-auth/store.sqlite</source>
        <translation>/home/you/.local/share/mcp-auth/store.sqlite</translation>
    </message>
    <message>
        <source>Database &amp;URL:</source>
        <translation>データベース URL(&amp;U):</translation>
    </message>
    <message>
        <source>Casdoor &amp;URL:</source>
        <translation>Casdoor URL(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation>発行者(&amp;I):</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in a file.</source>
        <translation>システムのキーチェーンに保存され、ファイルには保存されません。</translation>
    </message>
    <message>
        <source>No keychain is available (%1). The secret will be kept for this session only and asked for again next time.</source>
        <translation>キーチェーンを使用できません (%1)。シークレットはこのセッションの間だけ保持され、次回また入力を求められます。</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No: %1</source>
        <translation>いいえ: %1</translation>
    </message>
    <message>
        <source>Choose the store file</source>
        <translation>ストア ファイルの選択</translation>
    </message>
    <message>
        <source>SQLite stores (*.sqlite *.db)</source>
        <translation>SQLite ストア (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>The secret could not be saved: %1</source>
        <translation>シークレットを保存できませんでした: %1</translation>
    </message>
    <message>
        <source>Saved in the system keychain.</source>
        <translation>システムのキーチェーンに保存しました。</translation>
    </message>
    <message>
        <source>No keychain is available (%1). The secret is kept for this session only and will be asked for again next time.</source>
        <translation>キーチェーンを使用できません (%1)。シークレットはこのセッションの間だけ保持され、次回また入力を求められます。</translation>
    </message>
</context>
<context>
    <name>mcpauth::ConnectionWizard</name>
    <message>
        <source>New Connection</source>
        <translation>新しい接続</translation>
    </message>
    <message>
        <source>New connection wizard</source>
        <translation>新しい接続ウィザード</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>確定</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>ヘルプ</translation>
    </message>
</context>
<context>
    <name>mcpauth::ConnectionsPage</name>
    <message>
        <source>Connections</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Connect Claude Desktop, Claude Code, Cursor, VS Code, Windsurf or the MCP Inspector step by step, or inspect any MCP server below.</source>
        <translation>Claude Desktop、Claude Code、Cursor、VS Code、Windsurf、MCP Inspector を順を追って接続するか、下で任意の MCP サーバーを検査します。</translation>
    </message>
    <message>
        <source>New &amp;Connection…</source>
        <translation>新しい接続(&amp;C)…</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>新しい接続</translation>
    </message>
    <message>
        <source>Open the connection wizard (Ctrl+Shift+N).</source>
        <translation>接続ウィザードを開きます (Ctrl+Shift+N)。</translation>
    </message>
</context>
<context>
    <name>mcpauth::ConsentTableModel</name>
    <message>
        <source>Revoked %1</source>
        <translation>%1 に取り消し済み</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>アプリケーション</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>リソース</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>スコープ</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>付与日時</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
</context>
<context>
    <name>mcpauth::ConsentsPage</name>
    <message>
        <source>User filter</source>
        <translation>ユーザーのフィルター</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Application filter</source>
        <translation>アプリケーションのフィルター</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>ユーザー(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Application:</source>
        <translation>アプリケーション(&amp;A):</translation>
    </message>
    <message>
        <source>Show &amp;revoked</source>
        <translation>取り消し済みを表示(&amp;R)</translation>
    </message>
    <message>
        <source>Filter consents</source>
        <translation>同意のフィルター</translation>
    </message>
    <message>
        <source>Filter by resource or scope (Ctrl+F)</source>
        <translation>リソースまたはスコープでフィルター (Ctrl+F)</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>取り消し(&amp;R)</translation>
    </message>
    <message>
        <source>Revoke the selected consents (Delete): the application must ask the user again</source>
        <translation>選択した同意を取り消します (Delete)。アプリケーションはユーザーに再度確認する必要があります</translation>
    </message>
    <message>
        <source>Could not load the consents</source>
        <translation>同意を読み込めませんでした</translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s)</source>
        <translation>
            <numerusform>%n 件の同意</numerusform>
        </translation>
    </message>
    <message>
        <source>%1&apos;s consent to %2 on %3</source>
        <translation>%2 による %3 へのアクセスに対する %1 の同意</translation>
    </message>
    <message>
        <source>Revoke %1?

The application must ask the user again the next time it signs in; tokens already issued stay valid until they expire or are revoked.</source>
        <translation>%1を取り消しますか?

アプリケーションは次回のサインイン時にユーザーに再度確認する必要があります。発行済みのトークンは、期限切れになるか取り消されるまで有効です。</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n consent(s)?

Each application must ask its user again the next time it signs in; tokens already issued stay valid until they expire or are revoked.</source>
        <translation>
            <numerusform>%n 件の同意を取り消しますか?

各アプリケーションは次回のサインイン時にユーザーに再度確認する必要があります。発行済みのトークンは、期限切れになるか取り消されるまで有効です。</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke consents</source>
        <translation>同意の取り消し</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n consent(s)</source>
        <translation>
            <numerusform>%n 件の同意を取り消す</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not revoke the consent</source>
        <translation>同意を取り消せませんでした</translation>
    </message>
    <message>
        <source>Consent revoked.</source>
        <translation>同意を取り消しました。</translation>
    </message>
</context>
<context>
    <name>mcpauth::DifferenceNote</name>
    <message>
        <source>About this server</source>
        <translation>このサーバーについて</translation>
    </message>
</context>
<context>
    <name>mcpauth::EventDetailsWidget</name>
    <message>
        <source>Message bodies as a JSON tree</source>
        <translation>JSON ツリーとしてのメッセージ本文</translation>
    </message>
    <message>
        <source>Raw exchange</source>
        <translation>未加工の交換</translation>
    </message>
    <message>
        <source>Decoded tokens</source>
        <translation>デコードされたトークン</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>ヘッダー</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>方向</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>未加工</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>タイミング</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>Tokens, codes and secrets were masked when they were recorded and cannot be shown; a token&apos;s decoded claims are under Tokens.</source>
        <translation>トークン、コード、シークレットは記録時にマスクされているため表示できません。トークンのデコードされたクレームは [トークン] にあります。</translation>
    </message>
    <message>
        <source>Select a message to see it in full.</source>
        <translation>メッセージを選択すると全体が表示されます。</translation>
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
        <translation>要求本文</translation>
    </message>
    <message>
        <source>response body</source>
        <translation>応答本文</translation>
    </message>
    <message>
        <source>access token claims</source>
        <translation>アクセス トークンのクレーム</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>送信</translation>
    </message>
    <message>
        <source>received</source>
        <translation>受信</translation>
    </message>
    <message>
        <source>Step: %1</source>
        <translation>ステップ: %1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>開始: %1</translation>
    </message>
    <message>
        <source>Duration: %1 ms</source>
        <translation>所要時間: %1 ミリ秒</translation>
    </message>
    <message>
        <source>Waiting for the first byte: %1 ms</source>
        <translation>最初のバイトの待機: %1 ミリ秒</translation>
    </message>
    <message>
        <source>Protocol: %1</source>
        <translation>プロトコル: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>注: %1</translation>
    </message>
    <message>
        <source>No JWT in this message.</source>
        <translation>このメッセージには JWT がありません。</translation>
    </message>
    <message>
        <source>Access token (decoded by the flow engine, not verified):</source>
        <translation>アクセス トークン (フロー エンジンでデコード、未検証):</translation>
    </message>
    <message>
        <source>JWT found in the message (not verified):</source>
        <translation>メッセージ内で見つかった JWT (未検証):</translation>
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
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 を書き込んでいます…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written…</source>
        <translation>
            <numerusform>%n 行を書き込みました…</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>エクスポートはキャンセルされました。ファイルは書き込まれていません。</translation>
    </message>
    <message>
        <source>The export failed</source>
        <translation>エクスポートに失敗しました</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>%n 行を %1 にエクスポートしました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mcpauth::FindingsPanel</name>
    <message>
        <source>Findings</source>
        <translation>検出事項</translation>
    </message>
    <message>
        <source>Finding details</source>
        <translation>検出事項の詳細</translation>
    </message>
    <message>
        <source>Apply the fix</source>
        <translation>修正を適用</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>Add this redirect URI to %1…</source>
        <translation>このリダイレクト URI を %1 に追加…</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Findings appear here when a run ends: what went wrong, the evidence and the fix.</source>
        <translation>実行が終了すると、ここに検出事項 (問題点、根拠、修正方法) が表示されます。</translation>
    </message>
    <message>
        <source>No findings: nothing in this run breaks the specification or looks wrong.</source>
        <translation>検出事項はありません。この実行には仕様違反や誤りと思われる点はありません。</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1、%2、%3</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n 件の検出事項</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 件のエラー</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 件の警告</numerusform>
        </translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>期待値</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>実際の値</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>修正:</translation>
    </message>
    <message>
        <source>Specification:</source>
        <translation>仕様:</translation>
    </message>
    <message>
        <source>Asks before changing anything.</source>
        <translation>変更を加える前に確認します。</translation>
    </message>
</context>
<context>
    <name>mcpauth::FirstStartDialog</name>
    <message>
        <source>Welcome to MCP Auth Console</source>
        <translation>MCP Auth Console へようこそ</translation>
    </message>
    <message>
        <source>The local store is empty. How would you like to start?</source>
        <translation>ローカル ストアは空です。どのように開始しますか?</translation>
    </message>
    <message>
        <source>Create demo data</source>
        <translation>デモ データを作成</translation>
    </message>
    <message>
        <source>An organization, the built-in MCP server with its scopes, applications for Claude Desktop, Claude Code, Cursor and VS Code, and an administrator whose password is shown once.</source>
        <translation>組織、スコープ付きの組み込み MCP サーバー、Claude Desktop、Claude Code、Cursor、VS Code 用のアプリケーション、およびパスワードが一度だけ表示される管理者を作成します。</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>空の状態で開始</translation>
    </message>
    <message>
        <source>Create your organization, resources and applications yourself.</source>
        <translation>組織、リソース、アプリケーションを自分で作成します。</translation>
    </message>
    <message>
        <source>Connect to a remote backend</source>
        <translation>リモート バックエンドに接続</translation>
    </message>
    <message>
        <source>Manage Casdoor or another standards-based authorization server through a connection profile.</source>
        <translation>接続プロファイルを使用して、Casdoor またはその他の標準ベースの認可サーバーを管理します。</translation>
    </message>
</context>
<context>
    <name>mcpauth::IdentityPage</name>
    <message>
        <source>How does the client identify itself?</source>
        <translation>クライアントはどのように自身を識別しますか?</translation>
    </message>
    <message>
        <source>&amp;Create an application for it, named:</source>
        <translation>アプリケーションを作成する(&amp;C)。名前:</translation>
    </message>
    <message>
        <source>Create an application</source>
        <translation>アプリケーションを作成する</translation>
    </message>
    <message>
        <source>Name of the new application</source>
        <translation>新しいアプリケーションの名前</translation>
    </message>
    <message>
        <source>&amp;Reuse an existing application:</source>
        <translation>既存のアプリケーションを再利用する(&amp;R):</translation>
    </message>
    <message>
        <source>Reuse an existing application</source>
        <translation>既存のアプリケーションを再利用する</translation>
    </message>
    <message>
        <source>Existing application</source>
        <translation>既存のアプリケーション</translation>
    </message>
    <message>
        <source>Let the client &amp;register itself</source>
        <translation>クライアント自身に登録させる(&amp;R)</translation>
    </message>
    <message>
        <source>Let the client register itself</source>
        <translation>クライアント自身に登録させる</translation>
    </message>
    <message>
        <source>What the client will use</source>
        <translation>クライアントが使用する内容</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>%1 needs a client ID on %2&apos;s authorization server (%3).</source>
        <translation>%1 には、%2 の認可サーバー (%3) のクライアント ID が必要です。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>The authorization server offers neither dynamic registration nor client ID metadata documents.</source>
        <translation>認可サーバーは動的登録にもクライアント ID メタデータ ドキュメントにも対応していません。</translation>
    </message>
    <message>
        <source>Could not list the applications.</source>
        <translation>アプリケーションを一覧表示できませんでした。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A public client (no secret, PKCE required) with these redirect URIs, from the %1 template:</source>
        <translation>%1 テンプレートに基づく、次のリダイレクト URI を持つパブリック クライアント (シークレットなし、PKCE 必須):</translation>
    </message>
    <message>
        <source>Allowed scopes: %1</source>
        <translation>許可されるスコープ: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>It is created on %1 when you click Next.</source>
        <translation>[次へ] をクリックすると %1 上に作成されます。</translation>
    </message>
    <message>
        <source>Client ID: %1</source>
        <translation>クライアント ID: %1</translation>
    </message>
    <message>
        <source>Registered redirect URIs:</source>
        <translation>登録済みのリダイレクト URI:</translation>
    </message>
    <message>
        <source>Warning: %1 may send a redirect URI this application does not list: %2</source>
        <translation>警告: %1 は、このアプリケーションに登録されていないリダイレクト URI を送信する可能性があります: %2</translation>
    </message>
    <message>
        <source>Creating the application %1…</source>
        <translation>アプリケーション %1 を作成しています…</translation>
    </message>
    <message>
        <source>Could not create the application.</source>
        <translation>アプリケーションを作成できませんでした。</translation>
    </message>
    <message>
        <source>Created the application %1 with the client ID %2.</source>
        <translation>アプリケーション %1 をクライアント ID %2 で作成しました。</translation>
    </message>
</context>
<context>
    <name>mcpauth::InspectorWidget</name>
    <message>
        <source>pending</source>
        <translation>保留中</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>実行中…</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>ok, with warnings</source>
        <translation>OK (警告あり)</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>未到達</translation>
    </message>
    <message>
        <source>Step timeline</source>
        <translation>ステップのタイムライン</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Filter messages</source>
        <translation>メッセージのフィルター</translation>
    </message>
    <message>
        <source>Filter messages (URL, method, body, status…)</source>
        <translation>メッセージをフィルター (URL、メソッド、本文、状態…)</translation>
    </message>
    <message>
        <source>Kind of message</source>
        <translation>メッセージの種類</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <source>Status of message</source>
        <translation>メッセージの状態</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>Errors and failures</source>
        <translation>エラーと失敗</translation>
    </message>
    <message>
        <source>Successes</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>+%1 ms</source>
        <translation>+%1 ミリ秒</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ミリ秒</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>検出事項</translation>
    </message>
    <message>
        <source>Call a tool</source>
        <translation>ツールの呼び出し</translation>
    </message>
    <message>
        <source>Re-send…</source>
        <translation>再送信…</translation>
    </message>
    <message>
        <source>Fixes are applied only to the local authorization server; this window is connected to %1.</source>
        <translation>修正はローカルの認可サーバーにのみ適用されます。このウィンドウは %1 に接続されています。</translation>
    </message>
    <message>
        <source>No backend to apply fixes to.</source>
        <translation>修正を適用するバックエンドがありません。</translation>
    </message>
    <message>
        <source>MCP server URL</source>
        <translation>MCP サーバーの URL</translation>
    </message>
    <message>
        <source>https://mcp.example.com/mcp</source>
        <translation>https://mcp.example.com/mcp</translation>
    </message>
    <message>
        <source>How to authorize</source>
        <translation>認可の方法</translation>
    </message>
    <message>
        <source>System browser</source>
        <translation>システム ブラウザー</translation>
    </message>
    <message>
        <source>Headless (server approves without a person)</source>
        <translation>ヘッドレス (サーバーが人の操作なしで承認)</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>クライアント ID</translation>
    </message>
    <message>
        <source>empty: register dynamically</source>
        <translation>空の場合: 動的に登録</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>クライアント シークレット</translation>
    </message>
    <message>
        <source>only for a confidential client; never saved</source>
        <translation>コンフィデンシャル クライアントのみ。保存されません</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>付与</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>自動</translation>
    </message>
    <message>
        <source>Authorization code (a user signs in)</source>
        <translation>認可コード (ユーザーがサインイン)</translation>
    </message>
    <message>
        <source>Client credentials (a service, no user)</source>
        <translation>クライアント資格情報 (サービス、ユーザーなし)</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>スコープ</translation>
    </message>
    <message>
        <source>empty: what the server asks for</source>
        <translation>空の場合: サーバーが要求するもの</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>実行(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>開く…</translation>
    </message>
    <message>
        <source>Open a saved transcript (JSON) to inspect it offline.</source>
        <translation>保存されたトランスクリプト (JSON) を開いてオフラインで調べます。</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>JSON のエクスポート…</translation>
    </message>
    <message>
        <source>Save the transcript, secrets masked, to open it again here or share it.</source>
        <translation>トランスクリプトをシークレットをマスクして保存します。ここで再度開いたり、共有したりできます。</translation>
    </message>
    <message>
        <source>Export HAR…</source>
        <translation>HAR のエクスポート…</translation>
    </message>
    <message>
        <source>Save the HTTP exchanges as HAR 1.2, for browser developer tools.</source>
        <translation>HTTP 交換をブラウザーの開発者ツール用に HAR 1.2 形式で保存します。</translation>
    </message>
    <message>
        <source>MCP server &amp;URL:</source>
        <translation>MCP サーバーの URL(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Authorize with:</source>
        <translation>認可の方法(&amp;A):</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>クライアント ID(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>シークレット(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Grant:</source>
        <translation>付与(&amp;G):</translation>
    </message>
    <message>
        <source>S&amp;copes:</source>
        <translation>スコープ(&amp;C):</translation>
    </message>
    <message>
        <source>Open transcript</source>
        <translation>トランスクリプトを開く</translation>
    </message>
    <message>
        <source>Transcripts (*.json)</source>
        <translation>トランスクリプト (*.json)</translation>
    </message>
    <message>
        <source>Could not open the transcript.</source>
        <translation>トランスクリプトを開けませんでした。</translation>
    </message>
    <message>
        <source>Export transcript</source>
        <translation>トランスクリプトのエクスポート</translation>
    </message>
    <message>
        <source>Could not save the transcript.</source>
        <translation>トランスクリプトを保存できませんでした。</translation>
    </message>
    <message>
        <source>Transcript saved to %1.</source>
        <translation>トランスクリプトを %1 に保存しました。</translation>
    </message>
    <message>
        <source>Export HAR</source>
        <translation>HAR のエクスポート</translation>
    </message>
    <message>
        <source>HAR files (*.har)</source>
        <translation>HAR ファイル (*.har)</translation>
    </message>
    <message>
        <source>Could not save the HAR file.</source>
        <translation>HAR ファイルを保存できませんでした。</translation>
    </message>
    <message>
        <source>HAR saved to %1.</source>
        <translation>HAR を %1 に保存しました。</translation>
    </message>
    <message>
        <source>Enter the URL of the MCP server.</source>
        <translation>MCP サーバーの URL を入力してください。</translation>
    </message>
    <message>
        <source>The MCP server URL must start with https:// (or http:// for this computer).</source>
        <translation>MCP サーバーの URL は https:// (このコンピューターの場合は http://) で始まる必要があります。</translation>
    </message>
    <message>
        <source>A client secret needs its client ID.</source>
        <translation>クライアント シークレットにはクライアント ID が必要です。</translation>
    </message>
    <message>
        <source>The client credentials grant needs a pre-registered client ID and secret.</source>
        <translation>クライアント資格情報の付与には、事前登録されたクライアント ID とシークレットが必要です。</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>%1 に接続しています…</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1: the server lists %n tool(s).</source>
        <translation>
            <numerusform>%1 に接続しました: サーバーには %n 個のツールがあります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>Failed at “%1”: %2</source>
        <translation>“%1” で失敗しました: %2</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失敗しました: %1</translation>
    </message>
    <message>
        <source>Called the tool %1; its answer is selected below.</source>
        <translation>ツール %1 を呼び出しました。その応答が下で選択されています。</translation>
    </message>
    <message>
        <source>The authorization server&apos;s sign-in page has the scheme “%1”, which the console does not open: %2</source>
        <translation>認可サーバーのサインイン ページのスキーム “%1” はコンソールでは開けません: %2</translation>
    </message>
    <message>
        <source>Could not open a browser. Open this address yourself to sign in: %1</source>
        <translation>ブラウザーを開けませんでした。サインインするには、次のアドレスを自分で開いてください: %1</translation>
    </message>
    <message>
        <source>Sign in and approve in your browser; the inspector waits for the callback.</source>
        <translation>ブラウザーでサインインして承認してください。インスペクターはコールバックを待機しています。</translation>
    </message>
    <message>
        <source>Clients that use this application may then be sent to this address after signing in.</source>
        <translation>このアプリケーションを使用するクライアントは、サインイン後にこのアドレスに移動できるようになります。</translation>
    </message>
    <message>
        <source>The port is left out: this computer&apos;s address then matches on any port, as the callback port changes from run to run.</source>
        <translation>ポートは省略されます。コールバック ポートは実行ごとに変わるため、このコンピューターのアドレスは任意のポートと一致します。</translation>
    </message>
    <message>
        <source>Add the redirect URI?</source>
        <translation>リダイレクト URI を追加しますか?</translation>
    </message>
    <message>
        <source>Add %1 to the redirect URIs of the application %2 in %3?</source>
        <translation>%3 のアプリケーション %2 のリダイレクト URI に %1 を追加しますか?</translation>
    </message>
    <message>
        <source>Could not find the application in this backend.</source>
        <translation>このバックエンドでアプリケーションが見つかりませんでした。</translation>
    </message>
    <message>
        <source>Could not add the redirect URI.</source>
        <translation>リダイレクト URI を追加できませんでした。</translation>
    </message>
    <message>
        <source>Added %1 to the application %2. Run again to check the fix.</source>
        <translation>アプリケーション %2 に %1 を追加しました。再度実行して修正を確認してください。</translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation>再実行(&amp;R)</translation>
    </message>
    <message>
        <source>Cancel the running connection first.</source>
        <translation>実行中の接続を先にキャンセルしてください。</translation>
    </message>
    <message>
        <source>from the saved transcript</source>
        <translation>保存されたトランスクリプトから</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1 offline: %n message(s); the diagnosis reads only the transcript.</source>
        <translation>
            <numerusform>%1 をオフラインで開きました: %n 件のメッセージ。診断はトランスクリプトのみを読み取ります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit the selected JSON-RPC request and send it again.</source>
        <translation>選択した JSON-RPC 要求を編集して再送信します。</translation>
    </message>
    <message>
        <source>Sent %1; its answer is selected below.</source>
        <translation>%1 を送信しました。その応答が下で選択されています。</translation>
    </message>
</context>
<context>
    <name>mcpauth::JsonTreeModel</name>
    <message numerus="yes">
        <source>{%n member(s)}</source>
        <translation>
            <numerusform>{%n 個のメンバー}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n 個の項目]</numerusform>
        </translation>
    </message>
    <message>
        <source>object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>array</source>
        <translation>配列</translation>
    </message>
    <message>
        <source>string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>ブール値</translation>
    </message>
    <message>
        <source>number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>型</translation>
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
        <translation>キーボード ショートカット</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボード ショートカット</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>ショートカット</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>メニュー</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>In every list, Enter opens the selected item and Delete deletes it; in dialogs, Tab moves to the next field and Escape closes. Alt with the underlined letter reaches a menu or a field.</source>
        <translation>どの一覧でも、Enter キーで選択した項目を開き、Delete キーで削除します。ダイアログでは、Tab キーで次のフィールドに移動し、Escape キーで閉じます。Alt キーと下線付きの文字でメニューやフィールドに移動できます。</translation>
    </message>
</context>
<context>
    <name>mcpauth::LocalBackend</name>
    <message>
        <source>Local PostgreSQL: %1</source>
        <translation>ローカル PostgreSQL: %1</translation>
    </message>
    <message>
        <source>Local SQLite: %1</source>
        <translation>ローカル SQLite: %1</translation>
    </message>
    <message>
        <source>The local store keeps every token&apos;s record for the audit trail; revoke the token instead.</source>
        <translation>ローカルストアは監査証跡のためにすべてのトークンの記録を保持します。代わりにトークンを失効させてください。</translation>
    </message>
</context>
<context>
    <name>mcpauth::LocalStoreWorker</name>
    <message>
        <source>The store is not open.</source>
        <translation>ストアは開かれていません。</translation>
    </message>
    <message>
        <source>The store is closed.</source>
        <translation>ストアは閉じられています。</translation>
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
        <translation>ナビゲーション</translation>
    </message>
    <message>
        <source>Local server: not running</source>
        <translation>ローカル サーバー: 停止中</translation>
    </message>
    <message>
        <source>Could not connect to &apos;%1&apos;</source>
        <translation>&apos;%1&apos; に接続できませんでした</translation>
    </message>
    <message>
        <source>Connecting to &apos;%1&apos;…</source>
        <translation>&apos;%1&apos; に接続しています…</translation>
    </message>
    <message>
        <source>Connected to &apos;%1&apos;.</source>
        <translation>&apos;%1&apos; に接続しました。</translation>
    </message>
    <message>
        <source>No secret is saved for this profile. Open File &gt; Connection Profiles and enter it (%1).</source>
        <translation>このプロファイルにはシークレットが保存されていません。[ファイル] &gt; [接続プロファイル] を開いて入力してください (%1)。</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>アプリケーション</translation>
    </message>
    <message>
        <source>Resources &amp; Scopes</source>
        <translation>リソースとスコープ</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>同意</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>監査ログ</translation>
    </message>
    <message>
        <source>Signing keys</source>
        <translation>署名鍵</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>This view is not part of this build yet; the command-line tool &apos;mcp-auth&apos; covers it.</source>
        <translation>このビューはまだこのビルドに含まれていません。コマンドライン ツール &apos;mcp-auth&apos; で操作できます。</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>%1 としてサインイン中</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新規(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <source>Connection &amp;Profiles…</source>
        <translation>接続プロファイル(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>設定(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>最新の情報に更新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>検索(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About MCP Auth Console</source>
        <translation>MCP Auth Console について(&amp;A)</translation>
    </message>
    <message>
        <source>About MCP Auth Console</source>
        <translation>MCP Auth Console について</translation>
    </message>
    <message>
        <source>&lt;b&gt;MCP Auth Console&lt;/b&gt; %1&lt;br&gt;Administration of OAuth 2.1 for MCP servers.</source>
        <translation>&lt;b&gt;MCP Auth Console&lt;/b&gt; %1&lt;br&gt;MCP サーバー向け OAuth 2.1 の管理ツール。</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <source>The local server did not start: %1</source>
        <translation>ローカル サーバーを起動できませんでした: %1</translation>
    </message>
    <message>
        <source>Local server: starting…</source>
        <translation>ローカル サーバー: 起動中…</translation>
    </message>
    <message>
        <source>Local server: %1 — running</source>
        <translation>ローカル サーバー: %1 — 実行中</translation>
    </message>
    <message>
        <source>MCP endpoint: %1
Signing keys are encrypted with a key from %2.</source>
        <translation>MCP エンドポイント: %1
署名鍵は %2 の鍵で暗号化されています。</translation>
    </message>
    <message>
        <source>Local server: port %1 in use</source>
        <translation>ローカル サーバー: ポート %1 は使用中</translation>
    </message>
    <message>
        <source>Local server: not running (error)</source>
        <translation>ローカル サーバー: 停止中 (エラー)</translation>
    </message>
    <message>
        <source>Creating demo data…</source>
        <translation>デモ データを作成しています…</translation>
    </message>
    <message>
        <source>Could not create the demo data: %1</source>
        <translation>デモ データを作成できませんでした: %1</translation>
    </message>
    <message>
        <source>Demo data created.</source>
        <translation>デモ データを作成しました。</translation>
    </message>
    <message>
        <source>Demo data created</source>
        <translation>デモ データの作成完了</translation>
    </message>
    <message>
        <source>The demo organization &apos;%1&apos; is ready, with the built-in MCP server at %2.</source>
        <translation>デモ組織 &apos;%1&apos; の準備ができました。組み込み MCP サーバーは %2 にあります。</translation>
    </message>
    <message>
        <source>Sign in to the local server&apos;s login page as &apos;%1&apos; with this password, shown only now:

%2</source>
        <translation>ローカル サーバーのログイン ページに &apos;%1&apos; としてこのパスワードでサインインしてください。パスワードは今回のみ表示されます:

%2</translation>
    </message>
    <message>
        <source>New &amp;Connection…</source>
        <translation>新しい接続(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>キーボード ショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>ログ フォルダーを開く(&amp;L)</translation>
    </message>
</context>
<context>
    <name>mcpauth::OAuthRequest</name>
    <message>
        <source>Could not get an answer from %1: %2</source>
        <translation>%1 から応答を取得できませんでした: %2</translation>
    </message>
    <message>
        <source>%1 refused the console&apos;s credentials (%2).</source>
        <translation>%1 はコンソールの資格情報を拒否しました (%2)。</translation>
    </message>
    <message>
        <source>%1 refused the console&apos;s credentials (%2): %3.</source>
        <translation>%1 はコンソールの資格情報を拒否しました (%2): %3。</translation>
    </message>
    <message>
        <source>%1 answered %2: there is no such thing there.</source>
        <translation>%1 は %2 を返しました。該当するものはそこに存在しません。</translation>
    </message>
    <message>
        <source>%1 answered %2: %3.</source>
        <translation>%1 は %2 を返しました: %3。</translation>
    </message>
    <message>
        <source>%1 refused the request: %2.</source>
        <translation>%1 は要求を拒否しました: %2。</translation>
    </message>
    <message>
        <source>%1 answered %2.</source>
        <translation>%1 は %2 を返しました。</translation>
    </message>
    <message>
        <source>%1 answered with %2 instead of JSON; is the address the server&apos;s?</source>
        <translation>%1 は JSON ではなく %2 で応答しました。アドレスはサーバーのものですか?</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>コンテンツ タイプなし</translation>
    </message>
    <message>
        <source>%1 answered with malformed JSON (%2 at byte %3).</source>
        <translation>%1 は不正な形式の JSON で応答しました (バイト %3 で %2)。</translation>
    </message>
    <message>
        <source>%1 answered with JSON that is not an object.</source>
        <translation>%1 はオブジェクトではない JSON で応答しました。</translation>
    </message>
</context>
<context>
    <name>mcpauth::OAuthServerBackend</name>
    <message>
        <source>Standards-based server: %1</source>
        <translation>標準ベースのサーバー: %1</translation>
    </message>
    <message>
        <source>The server publishes no registration_endpoint (RFC 7591), so clients cannot be registered from the console.</source>
        <translation>サーバーが registration_endpoint (RFC 7591) を公開していないため、コンソールからクライアントを登録できません。</translation>
    </message>
    <message>
        <source>The server publishes no introspection_endpoint (RFC 7662), so tokens cannot be looked up.</source>
        <translation>サーバーが introspection_endpoint (RFC 7662) を公開していないため、トークンを照会できません。</translation>
    </message>
    <message>
        <source>The server publishes no revocation_endpoint (RFC 7009), so tokens cannot be revoked from the console.</source>
        <translation>サーバーが revocation_endpoint (RFC 7009) を公開していないため、コンソールからトークンを取り消せません。</translation>
    </message>
    <message>
        <source>Not connected to %1 yet.</source>
        <translation>%1 にはまだ接続していません。</translation>
    </message>
    <message>
        <source>No authorization server metadata was found for %1 (RFC 8414 or OpenID Connect Discovery).</source>
        <translation>%1 の認可サーバー メタデータが見つかりませんでした (RFC 8414 または OpenID Connect Discovery)。</translation>
    </message>
    <message>
        <source>the metadata document %1</source>
        <translation>メタデータ ドキュメント %1</translation>
    </message>
    <message>
        <source>The metadata at %1 is not usable: %2</source>
        <translation>%1 のメタデータは使用できません: %2</translation>
    </message>
    <message>
        <source>the introspection endpoint</source>
        <translation>イントロスペクション エンドポイント</translation>
    </message>
    <message>
        <source>Check the client id (%1) and secret of the connection profile.</source>
        <translation>接続プロファイルのクライアント ID (%1) とシークレットを確認してください。</translation>
    </message>
    <message>
        <source>the registration of client %1</source>
        <translation>クライアント %1 の登録</translation>
    </message>
    <message>
        <source>This console registered no client named &apos;%1&apos; at %2. It can only know the clients it registered itself: the standards have no way to list a server&apos;s clients.</source>
        <translation>このコンソールは %2 に &apos;%1&apos; という名前のクライアントを登録していません。コンソールが把握できるのは自身で登録したクライアントだけです。標準にはサーバーのクライアントを一覧表示する方法がありません。</translation>
    </message>
    <message>
        <source>the registration endpoint</source>
        <translation>登録エンドポイント</translation>
    </message>
    <message>
        <source>The registration endpoint answered without a client_id (RFC 7591 section 3.2.1).</source>
        <translation>登録エンドポイントの応答に client_id がありません (RFC 7591 セクション 3.2.1)。</translation>
    </message>
    <message>
        <source>The server registered client %1 but gave no registration access token or registration_client_uri (RFC 7592), so the console cannot read, change or delete it.</source>
        <translation>サーバーはクライアント %1 を登録しましたが、登録アクセス トークンも registration_client_uri (RFC 7592) も返さなかったため、コンソールはこのクライアントの読み取り、変更、削除ができません。</translation>
    </message>
    <message>
        <source>The server accepted the update, but it could not be read back to check it.</source>
        <translation>サーバーは更新を受け付けましたが、確認のために読み戻すことができませんでした。</translation>
    </message>
    <message>
        <source>The server accepted the update of %1 but, read back, holds other values for: %2. It may not support them; see the application as it is now.</source>
        <translation>サーバーは %1 の更新を受け付けましたが、読み戻すと次の項目が異なる値になっています: %2。サーバーがこれらに対応していない可能性があります。アプリケーションの現在の状態を確認してください。</translation>
    </message>
    <message>
        <source>The registration could not be read back to check that it is unchanged: %1</source>
        <translation>変更されていないことを確認するために登録を読み戻せませんでした: %1</translation>
    </message>
    <message>
        <source>Read back, the registration on the server is unchanged.</source>
        <translation>読み戻した結果、サーバー上の登録は変更されていません。</translation>
    </message>
    <message>
        <source>Read back, the server&apos;s registration differs from before in: %1.</source>
        <translation>読み戻した結果、サーバー上の登録は次の項目が以前と異なります: %1。</translation>
    </message>
    <message>
        <source>the revocation endpoint</source>
        <translation>取り消しエンドポイント</translation>
    </message>
    <message>
        <source>The metadata names no jwks_uri.</source>
        <translation>メタデータに jwks_uri が指定されていません。</translation>
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
        <translation>ファイル %1 を書き込めませんでした: %2</translation>
    </message>
</context>
<context>
    <name>mcpauth::PasswordChoice</name>
    <message>
        <source>&amp;Generate a strong password (shown once after saving)</source>
        <translation>強力なパスワードを生成する(&amp;G) (保存後に一度だけ表示)</translation>
    </message>
    <message>
        <source>T&amp;ype a password</source>
        <translation>パスワードを入力する(&amp;Y)</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>パスワードの確認</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>確認(&amp;A):</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>2 つのパスワードが一致しません。同じパスワードを 2 回入力してください。</translation>
    </message>
</context>
<context>
    <name>mcpauth::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Open at start</source>
        <translation>起動時に開く</translation>
    </message>
    <message>
        <source>The local store</source>
        <translation>ローカル ストア</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Local server port</source>
        <translation>ローカル サーバーのポート</translation>
    </message>
    <message>
        <source>Any free port</source>
        <translation>任意の空きポート</translation>
    </message>
    <message>
        <source>Run the local authorization server and MCP server</source>
        <translation>ローカル認可サーバーと MCP サーバーを実行する</translation>
    </message>
    <message>
        <source>&amp;Open at start:</source>
        <translation>起動時に開く(&amp;O):</translation>
    </message>
    <message>
        <source>Local server &amp;port:</source>
        <translation>ローカル サーバーのポート(&amp;P):</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムの既定</translation>
    </message>
    <message>
        <source>Local server address</source>
        <translation>ローカル サーバーのアドレス</translation>
    </message>
    <message>
        <source>Log level</source>
        <translation>ログ レベル</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>エラーのみ</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>警告とエラー</translation>
    </message>
    <message>
        <source>Information (recommended)</source>
        <translation>情報 (推奨)</translation>
    </message>
    <message>
        <source>Debug (for troubleshooting)</source>
        <translation>デバッグ (トラブルシューティング用)</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>データ フォルダー</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>選択(&amp;C)…</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>データ フォルダーの選択</translation>
    </message>
    <message>
        <source>Open &amp;Data Folder</source>
        <translation>データ フォルダーを開く(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>The language changes the next time the console starts.</source>
        <translation>言語は、次回コンソールを起動したときに変更されます。</translation>
    </message>
    <message>
        <source>Local server &amp;address:</source>
        <translation>ローカル サーバーのアドレス(&amp;A):</translation>
    </message>
    <message>
        <source>Server changes apply the next time the console starts; the --port option overrides the port.</source>
        <translation>サーバーの変更は、次回コンソールを起動したときに適用されます。--port オプションはポートより優先されます。</translation>
    </message>
    <message>
        <source>Log &amp;level:</source>
        <translation>ログ レベル(&amp;L):</translation>
    </message>
    <message>
        <source>Data &amp;folder:</source>
        <translation>データ フォルダー(&amp;F):</translation>
    </message>
    <message>
        <source>The store, its keys and the log file (%1) live here. A new folder applies the next time the console starts; MCPAUTH_DATA_DIR overrides it.</source>
        <translation>ストア、その鍵、ログ ファイル (%1) はここに保存されます。新しいフォルダーは次回コンソールを起動したときに適用されます。MCPAUTH_DATA_DIR はこの設定より優先されます。</translation>
    </message>
    <message>
        <source>Enter an IP address, such as 127.0.0.1 or ::1.</source>
        <translation>IP アドレスを入力してください (例: 127.0.0.1 または ::1)。</translation>
    </message>
    <message>
        <source>Warning: on %1 other computers can reach the server. Off loopback it only runs with HTTPS, which &apos;mcp-auth serve --tls-cert … --tls-key …&apos; provides; the console&apos;s own server will not start there.</source>
        <translation>警告: %1 では、他のコンピューターからサーバーにアクセスできます。ループバック以外では HTTPS でのみ動作し、これは &apos;mcp-auth serve --tls-cert … --tls-key …&apos; で提供されます。コンソール自身のサーバーはそこでは起動しません。</translation>
    </message>
</context>
<context>
    <name>mcpauth::ProfileSecrets</name>
    <message>
        <source>No keychain is configured.</source>
        <translation>キーチェーンが構成されていません。</translation>
    </message>
    <message>
        <source>No secret is saved for this profile.</source>
        <translation>このプロファイルにはシークレットが保存されていません。</translation>
    </message>
</context>
<context>
    <name>mcpauth::RedirectUriEditor</name>
    <message>
        <source>Redirect URIs</source>
        <translation>リダイレクト URI</translation>
    </message>
    <message>
        <source>Double-click or press F2 to edit a URI; Delete removes it.</source>
        <translation>URI を編集するにはダブルクリックするか F2 キーを押します。Delete キーで削除します。</translation>
    </message>
    <message>
        <source>New redirect URI</source>
        <translation>新しいリダイレクト URI</translation>
    </message>
    <message>
        <source>http://127.0.0.1/callback (loopback: any port)</source>
        <translation>http://127.0.0.1/callback (ループバック: 任意のポート)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>追加(&amp;A)</translation>
    </message>
    <message>
        <source>Add redirect URI</source>
        <translation>リダイレクト URI の追加</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>削除(&amp;M)</translation>
    </message>
    <message>
        <source>Remove the selected redirect URI</source>
        <translation>選択したリダイレクト URI を削除します</translation>
    </message>
    <message>
        <source>&amp;Try a URI:</source>
        <translation>URI のテスト(&amp;T):</translation>
    </message>
    <message>
        <source>Try a redirect URI</source>
        <translation>リダイレクト URI のテスト</translation>
    </message>
    <message>
        <source>The redirect_uri a client sends, e.g. http://127.0.0.1:53127/callback</source>
        <translation>クライアントが送信する redirect_uri (例: http://127.0.0.1:53127/callback)</translation>
    </message>
    <message>
        <source>✗ No match: no redirect URI is registered yet.</source>
        <translation>✗ 一致なし: リダイレクト URI はまだ登録されていません。</translation>
    </message>
    <message>
        <source>✓ Matches %1.</source>
        <translation>✓ %1 と一致します。</translation>
    </message>
    <message>
        <source>✗ No match: %1</source>
        <translation>✗ 一致なし: %1</translation>
    </message>
    <message>
        <source>✗ No match. Closest registration %1: %2</source>
        <translation>✗ 一致なし。最も近い登録 %1: %2</translation>
    </message>
</context>
<context>
    <name>mcpauth::ResendDialog</name>
    <message>
        <source>Request</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>送信(&amp;S)</translation>
    </message>
    <message>
        <source>The request is not valid JSON: %1 at character %2.</source>
        <translation>要求が有効な JSON ではありません: %2 文字目で %1。</translation>
    </message>
    <message>
        <source>params.name must name the tool.</source>
        <translation>params.name にはツール名を指定する必要があります。</translation>
    </message>
    <message>
        <source>params.arguments must be a JSON object.</source>
        <translation>params.arguments は JSON オブジェクトである必要があります。</translation>
    </message>
    <message>
        <source>Re-send a request</source>
        <translation>要求の再送信</translation>
    </message>
    <message>
        <source>Edit the method or its params, then send: the connection runs again and ends with this request. Values shown as “[masked …]” were secrets and are sent as written here.</source>
        <translation>メソッドまたはその params を編集してから送信してください。接続がもう一度実行され、この要求で終了します。「[masked …]」と表示されている値はシークレットで、ここに記述したとおりに送信されます。</translation>
    </message>
    <message>
        <source>The request must be one JSON-RPC request object.</source>
        <translation>要求は 1 つの JSON-RPC 要求オブジェクトである必要があります。</translation>
    </message>
    <message>
        <source>The request needs a method, e.g. &quot;tools/list&quot;.</source>
        <translation>要求には method が必要です (例: &quot;tools/list&quot;)。</translation>
    </message>
    <message>
        <source>%1 is part of every connection; use Run to send it again.</source>
        <translation>%1 はすべての接続に含まれます。再送信するには [実行] を使用してください。</translation>
    </message>
    <message>
        <source>A request without an id is a notification, which gets no answer; give it an id.</source>
        <translation>id のない要求は通知であり、応答がありません。id を指定してください。</translation>
    </message>
    <message>
        <source>params must be a JSON object.</source>
        <translation>params は JSON オブジェクトである必要があります。</translation>
    </message>
</context>
<context>
    <name>mcpauth::ResetPasswordDialog</name>
    <message>
        <source>Reset Password</source>
        <translation>パスワードのリセット</translation>
    </message>
    <message>
        <source>A new password for %1. The current one stops working when you save; tokens already issued stay valid.</source>
        <translation>%1 の新しいパスワード。保存すると現在のパスワードは使用できなくなります。発行済みのトークンは引き続き有効です。</translation>
    </message>
    <message>
        <source>Set Password</source>
        <translation>パスワードの設定</translation>
    </message>
</context>
<context>
    <name>mcpauth::ResourceEditorDialog</name>
    <message>
        <source>New Resource</source>
        <translation>新しいリソース</translation>
    </message>
    <message>
        <source>Edit Resource %1</source>
        <translation>リソース %1 の編集</translation>
    </message>
    <message>
        <source>A resource is an MCP server the authorization server issues tokens for. Its URI is the resource indicator clients send (RFC 8707) and the audience of its tokens.</source>
        <translation>リソースとは、認可サーバーがトークンを発行する対象の MCP サーバーです。その URI は、クライアントが送信するリソース インジケーター (RFC 8707) であり、トークンの対象者 (audience) です。</translation>
    </message>
    <message>
        <source>Or&amp;ganization:</source>
        <translation>組織(&amp;G):</translation>
    </message>
    <message>
        <source>https://mcp.example.com/mcp</source>
        <translation>https://mcp.example.com/mcp</translation>
    </message>
    <message>
        <source>&amp;URI:</source>
        <translation>URI(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>表示名(&amp;D):</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>説明(&amp;E):</translation>
    </message>
    <message>
        <source>Could not load the organizations: %1</source>
        <translation>組織を読み込めませんでした: %1</translation>
    </message>
</context>
<context>
    <name>mcpauth::ResourcesPage</name>
    <message>
        <source>Filter by URI, name or scope (Ctrl+F)</source>
        <translation>URI、名前、スコープでフィルター (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter resources</source>
        <translation>リソースのフィルター</translation>
    </message>
    <message>
        <source>&amp;New Resource…</source>
        <translation>新しいリソース(&amp;N)…</translation>
    </message>
    <message>
        <source>New resource</source>
        <translation>新しいリソース</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit resource</source>
        <translation>リソースの編集</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete resource</source>
        <translation>リソースの削除</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>リソース</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>表示名</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>スコープ</translation>
    </message>
    <message>
        <source>Scopes of the selected resource</source>
        <translation>選択したリソースのスコープ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>&amp;Add Scope…</source>
        <translation>スコープの追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Add scope</source>
        <translation>スコープの追加</translation>
    </message>
    <message>
        <source>Edit S&amp;cope…</source>
        <translation>スコープの編集(&amp;C)…</translation>
    </message>
    <message>
        <source>Edit scope</source>
        <translation>スコープの編集</translation>
    </message>
    <message>
        <source>&amp;Remove from Resource</source>
        <translation>リソースから削除(&amp;R)</translation>
    </message>
    <message>
        <source>Remove scope from resource</source>
        <translation>リソースからスコープを削除します</translation>
    </message>
    <message>
        <source>Tools and the scope each needs</source>
        <translation>ツールと各ツールに必要なスコープ</translation>
    </message>
    <message>
        <source>Tools of the selected resource</source>
        <translation>選択したリソースのツール</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>ツール</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>スコープ</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>機能</translation>
    </message>
    <message>
        <source>Protected resource metadata (RFC 9728)</source>
        <translation>保護されたリソースのメタデータ (RFC 9728)</translation>
    </message>
    <message>
        <source>Protected resource metadata preview</source>
        <translation>保護されたリソースのメタデータのプレビュー</translation>
    </message>
    <message>
        <source>Resources &amp; Scopes</source>
        <translation>リソースとスコープ</translation>
    </message>
    <message>
        <source>Could not load the resources</source>
        <translation>リソースを読み込めませんでした</translation>
    </message>
    <message>
        <source>Could not load the scopes</source>
        <translation>スコープを読み込めませんでした</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n 個のリソース</numerusform>
        </translation>
    </message>
    <message>
        <source>No resource yet. A resource is an MCP server clients get tokens for: add one with New Resource (Ctrl+N). The built-in MCP server adds its own when the local server starts.</source>
        <translation>リソースはまだありません。リソースとは、クライアントがトークンを取得する対象の MCP サーバーです。[新しいリソース] (Ctrl+N) で追加してください。組み込み MCP サーバーは、ローカル サーバーの起動時に自身のリソースを追加します。</translation>
    </message>
    <message>
        <source>Select a resource to see its scopes, tools and metadata.</source>
        <translation>リソースを選択すると、そのスコープ、ツール、メタデータが表示されます。</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>Issued only to administrators.</source>
        <translation>管理者にのみ発行されます。</translation>
    </message>
    <message>
        <source>(not defined in the organization)</source>
        <translation>(組織で定義されていません)</translation>
    </message>
    <message>
        <source>No tool map: the server checks scopes itself.</source>
        <translation>ツール マップなし: サーバーが自身でスコープを確認します。</translation>
    </message>
    <message>
        <source>Served at %1. The authorization server is the local server, whose issuer is known once it has run; shown here as ISSUER.</source>
        <translation>%1 で提供されます。認可サーバーはローカル サーバーであり、その発行者は一度実行されると判明します。ここでは ISSUER と表示されます。</translation>
    </message>
    <message>
        <source>The built-in MCP server serves this at %1.</source>
        <translation>組み込み MCP サーバーはこれを %1 で提供します。</translation>
    </message>
    <message>
        <source>The MCP server at this URI should serve this at %1 (and point its 401 challenges there).</source>
        <translation>この URI の MCP サーバーはこれを %1 で提供する必要があります (401 チャレンジもそこを指すようにします)。</translation>
    </message>
    <message>
        <source>Resource %1 created.</source>
        <translation>リソース %1 を作成しました。</translation>
    </message>
    <message>
        <source>Resource %1 saved.</source>
        <translation>リソース %1 を保存しました。</translation>
    </message>
    <message>
        <source>Delete Resource</source>
        <translation>リソースの削除</translation>
    </message>
    <message>
        <source>Delete the resource %1?</source>
        <translation>リソース %1 を削除しますか?</translation>
    </message>
    <message>
        <source>Clients can no longer ask for tokens for it. Tokens already issued for it stay valid until they expire; revoke them in Tokens. Its scopes stay in the organization.</source>
        <translation>クライアントはこのリソースのトークンを要求できなくなります。このリソース用に発行済みのトークンは期限切れになるまで有効です。[トークン] で取り消してください。スコープは組織に残ります。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Could not delete %1</source>
        <translation>%1 を削除できませんでした</translation>
    </message>
    <message>
        <source>Resource %1 deleted.</source>
        <translation>リソース %1 を削除しました。</translation>
    </message>
    <message>
        <source>Could not change the scopes of %1</source>
        <translation>%1 のスコープを変更できませんでした</translation>
    </message>
    <message>
        <source>Scope %1 added to %2.</source>
        <translation>スコープ %1 を %2 に追加しました。</translation>
    </message>
    <message>
        <source>Scope %1 saved.</source>
        <translation>スコープ %1 を保存しました。</translation>
    </message>
    <message>
        <source>Scope %1 removed from %2; it stays defined in the organization.</source>
        <translation>スコープ %1 を %2 から削除しました。組織には引き続き定義されています。</translation>
    </message>
</context>
<context>
    <name>mcpauth::ScopeEditorDialog</name>
    <message>
        <source>New Scope</source>
        <translation>新しいスコープ</translation>
    </message>
    <message>
        <source>Edit Scope %1</source>
        <translation>スコープ %1 の編集</translation>
    </message>
    <message>
        <source>e.g. files:read</source>
        <translation>例: files:read</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名前(&amp;N):</translation>
    </message>
    <message>
        <source>What the consent page shows, e.g. Read your files</source>
        <translation>同意ページに表示される内容 (例: ファイルの読み取り)</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>表示名(&amp;D):</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>説明(&amp;E):</translation>
    </message>
</context>
<context>
    <name>mcpauth::ScopesPage</name>
    <message>
        <source>Which scopes may the client ask for?</source>
        <translation>クライアントが要求できるスコープはどれですか?</translation>
    </message>
    <message>
        <source>Check the scopes to request. None checked: the client asks for those the server advertises.</source>
        <translation>要求するスコープをオンにしてください。何もオンにしない場合、クライアントはサーバーが公開しているスコープを要求します。</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>スコープ</translation>
    </message>
    <message>
        <source>Requested scopes</source>
        <translation>要求するスコープ</translation>
    </message>
    <message>
        <source>The server advertises no scopes: the client asks for none.</source>
        <translation>サーバーはスコープを公開していません。クライアントはスコープを要求しません。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (administrators only)</source>
        <translation>%1 (管理者のみ)</translation>
    </message>
    <message>
        <source>The client asks for the scopes the server advertises.</source>
        <translation>クライアントはサーバーが公開しているスコープを要求します。</translation>
    </message>
    <message>
        <source>The client asks for: %1</source>
        <translation>クライアントが要求するスコープ: %1</translation>
    </message>
</context>
<context>
    <name>mcpauth::SecretDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy to the clipboard</source>
        <translation>クリップボードにコピーします</translation>
    </message>
    <message>
        <source>This is the only time it is shown: it is not stored anywhere it could be read back. Copy it now.</source>
        <translation>表示されるのは今回だけです。読み戻せる場所には保存されません。今すぐコピーしてください。</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
</context>
<context>
    <name>mcpauth::ServerPage</name>
    <message>
        <source>Which MCP server?</source>
        <translation>どの MCP サーバーですか?</translation>
    </message>
    <message>
        <source>The wizard asks the server at once how it is protected, the way a client will.</source>
        <translation>ウィザードは、クライアントと同じ方法で、サーバーがどのように保護されているかをすぐに問い合わせます。</translation>
    </message>
    <message>
        <source>The built-in MCP server (not running)</source>
        <translation>組み込みの MCP サーバー (実行されていません)</translation>
    </message>
    <message>
        <source>The built-in MCP server: %1</source>
        <translation>組み込みの MCP サーバー: %1</translation>
    </message>
    <message>
        <source>The built-in MCP server</source>
        <translation>組み込みの MCP サーバー</translation>
    </message>
    <message>
        <source>The local server is not running: start it in Preferences, or choose a URL.</source>
        <translation>ローカル サーバーが実行されていません。[設定] で起動するか、URL を選択してください。</translation>
    </message>
    <message>
        <source>A &amp;registered resource:</source>
        <translation>登録済みのリソース(&amp;R):</translation>
    </message>
    <message>
        <source>A registered resource</source>
        <translation>登録済みのリソース</translation>
    </message>
    <message>
        <source>Registered resources</source>
        <translation>登録済みのリソース</translation>
    </message>
    <message>
        <source>Any &amp;URL:</source>
        <translation>任意の URL(&amp;U):</translation>
    </message>
    <message>
        <source>Any MCP server URL</source>
        <translation>任意の MCP サーバー URL</translation>
    </message>
    <message>
        <source>MCP server URL</source>
        <translation>MCP サーバー URL</translation>
    </message>
    <message>
        <source>https://mcp.example.com/mcp</source>
        <translation>https://mcp.example.com/mcp</translation>
    </message>
    <message>
        <source>Discovery progress</source>
        <translation>ディスカバリーの進行状況</translation>
    </message>
    <message>
        <source>Discovery status</source>
        <translation>ディスカバリーの状態</translation>
    </message>
    <message>
        <source>Protected resource metadata</source>
        <translation>保護されたリソースのメタデータ</translation>
    </message>
    <message>
        <source>Authorization server</source>
        <translation>認可サーバー</translation>
    </message>
    <message>
        <source>Client registration</source>
        <translation>クライアント登録</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>スコープ</translation>
    </message>
    <message>
        <source>Resource metadata:</source>
        <translation>リソース メタデータ:</translation>
    </message>
    <message>
        <source>Authorization server:</source>
        <translation>認可サーバー:</translation>
    </message>
    <message>
        <source>Registration:</source>
        <translation>登録:</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>スコープ:</translation>
    </message>
    <message>
        <source>Discovering: %1…</source>
        <translation>ディスカバリー中: %1…</translation>
    </message>
    <message>
        <source>This backend has no organization.</source>
        <translation>このバックエンドには組織がありません。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No resource is registered yet (Resources &amp; Scopes).</source>
        <translation>まだリソースが登録されていません ([リソースとスコープ])。</translation>
    </message>
    <message>
        <source>Choose a server, or enter the URL of its MCP endpoint.</source>
        <translation>サーバーを選択するか、その MCP エンドポイントの URL を入力してください。</translation>
    </message>
    <message>
        <source>The MCP server URL must start with https:// (or http:// for this computer).</source>
        <translation>MCP サーバー URL は https:// で始まる必要があります (このコンピューターの場合は http://)。</translation>
    </message>
    <message>
        <source>Discovering %1…</source>
        <translation>%1 をディスカバリーしています…</translation>
    </message>
    <message>
        <source>%1 answers without any authorization: clients need no sign-in.</source>
        <translation>%1 は認可なしで応答します。クライアントはサインインする必要がありません。</translation>
    </message>
    <message>
        <source>Found how %1 is protected.</source>
        <translation>%1 の保護方法が見つかりました。</translation>
    </message>
    <message>
        <source>Discovery failed at “%1”: %2</source>
        <translation>「%1」でディスカバリーに失敗しました: %2</translation>
    </message>
    <message>
        <source>Discovery failed: %1</source>
        <translation>ディスカバリーに失敗しました: %1</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <source>%1 (resource %2)</source>
        <translation>%1 (リソース %2)</translation>
    </message>
    <message>
        <source>dynamic registration (DCR) at %1</source>
        <translation>%1 での動的登録 (DCR)</translation>
    </message>
    <message>
        <source>client ID metadata documents (CIMD)</source>
        <translation>クライアント ID メタデータ ドキュメント (CIMD)</translation>
    </message>
    <message>
        <source>pre-registered applications</source>
        <translation>事前登録済みのアプリケーション</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>none advertised</source>
        <translation>公開されていません</translation>
    </message>
</context>
<context>
    <name>mcpauth::SigningKeyTableModel</name>
    <message>
        <source>Signs every new %1 token and is published in the JWKS.</source>
        <translation>新しい %1 トークンすべてに署名し、JWKS で公開されます。</translation>
    </message>
    <message>
        <source>Signs nothing new; stays in the JWKS until the tokens it signed have expired.</source>
        <translation>新たな署名は行いません。署名したトークンが期限切れになるまで JWKS に残ります。</translation>
    </message>
    <message>
        <source>Signs nothing and is no longer published: tokens it signed no longer verify.</source>
        <translation>署名を行わず、公開もされなくなりました。この鍵で署名されたトークンは検証されなくなります。</translation>
    </message>
    <message>
        <source>Withdrawn: never published, every token it signed is refused.</source>
        <translation>撤回済み: 公開されず、この鍵で署名されたすべてのトークンは拒否されます。</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>アクティブ</translation>
    </message>
    <message>
        <source>Retired, published</source>
        <translation>廃止済み (公開中)</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>廃止済み</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>取り消し済み</translation>
    </message>
    <message>
        <source>while active</source>
        <translation>アクティブ期間中</translation>
    </message>
    <message>
        <source>Key ID (kid)</source>
        <translation>キー ID (kid)</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>アルゴリズム</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Published until</source>
        <translation>公開期限</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>意味</translation>
    </message>
</context>
<context>
    <name>mcpauth::SigningKeysPage</name>
    <message>
        <source>The local authorization server signs access tokens with these keys and publishes their public halves in its JWKS, where MCP servers fetch them to check tokens. Rotate a key when it may have leaked, or on a schedule: the new key signs from then on, and the old one stays published until the tokens it signed have expired.</source>
        <translation>ローカル認可サーバーはこれらの鍵でアクセス トークンに署名し、その公開部分を JWKS で公開します。MCP サーバーはそこから鍵を取得してトークンを確認します。鍵が漏洩した可能性がある場合や定期的に鍵をローテーションしてください。以後は新しい鍵が署名し、古い鍵は署名したトークンが期限切れになるまで公開され続けます。</translation>
    </message>
    <message>
        <source>Signing keys</source>
        <translation>署名鍵</translation>
    </message>
    <message>
        <source>Algorithm to rotate</source>
        <translation>ローテーションするアルゴリズム</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>鍵(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Rotate…</source>
        <translation>ローテーション(&amp;R)…</translation>
    </message>
    <message>
        <source>Re&amp;tire Now…</source>
        <translation>今すぐ廃止(&amp;T)…</translation>
    </message>
    <message>
        <source>Select a replaced key that is still published to take it out of the JWKS now.</source>
        <translation>まだ公開されている置き換え済みの鍵を選択すると、今すぐ JWKS から削除できます。</translation>
    </message>
    <message>
        <source>This key signs new tokens: rotate it first; it then stays published until its tokens expire, unless you retire it now.</source>
        <translation>この鍵は新しいトークンに署名しています。先にローテーションしてください。その後は、今すぐ廃止しない限り、トークンが期限切れになるまで公開され続けます。</translation>
    </message>
    <message>
        <source>This key is no longer published.</source>
        <translation>この鍵は公開されなくなりました。</translation>
    </message>
    <message>
        <source>Take this key out of the JWKS now, for a key that may have leaked.</source>
        <translation>漏洩した可能性がある鍵を今すぐ JWKS から削除します。</translation>
    </message>
    <message>
        <source>Retire signing key now</source>
        <translation>署名鍵を今すぐ廃止</translation>
    </message>
    <message>
        <source>Take the key %1 out of the JWKS now?

Every token it signed stops verifying at once, before it expires: clients holding one must sign in again. Do this when the key may have leaked.</source>
        <translation>鍵 %1 を今すぐ JWKS から削除しますか?

この鍵で署名されたすべてのトークンは、期限切れ前でもすぐに検証されなくなります。それらのトークンを持つクライアントは再度サインインする必要があります。鍵が漏洩した可能性がある場合に実行してください。</translation>
    </message>
    <message>
        <source>Retire Now</source>
        <translation>今すぐ廃止</translation>
    </message>
    <message>
        <source>Could not retire the signing key</source>
        <translation>署名鍵を廃止できませんでした</translation>
    </message>
    <message>
        <source>The key %1 is no longer published.</source>
        <translation>鍵 %1 は公開されなくなりました。</translation>
    </message>
    <message>
        <source>Signing key retired.</source>
        <translation>署名鍵を廃止しました。</translation>
    </message>
    <message>
        <source>Could not load the signing keys</source>
        <translation>署名鍵を読み込めませんでした</translation>
    </message>
    <message>
        <source>Create a new %1 signing key?</source>
        <translation>新しい %1 署名鍵を作成しますか?</translation>
    </message>
    <message>
        <source>Rotate the %1 signing key %2?

A new key signs every token from now on. The old key is retired: it stays in the JWKS until the longest access-token lifetime has passed, so the tokens it signed keep working until they expire, and then disappears from the JWKS. A local server running on this store picks the new key up without a restart.</source>
        <translation>%1 署名鍵 %2 をローテーションしますか?

今後は新しい鍵がすべてのトークンに署名します。古い鍵は廃止されます。アクセス トークンの最長有効期間が経過するまで JWKS に残るため、その鍵で署名されたトークンは期限切れになるまで引き続き使用でき、その後 JWKS から削除されます。このストアで実行中のローカル サーバーは、再起動せずに新しい鍵を取得します。</translation>
    </message>
    <message>
        <source>Rotate signing key</source>
        <translation>署名鍵のローテーション</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>ローテーション</translation>
    </message>
    <message>
        <source>Rotating…</source>
        <translation>ローテーションしています…</translation>
    </message>
    <message>
        <source>Could not rotate the signing key</source>
        <translation>署名鍵をローテーションできませんでした</translation>
    </message>
    <message>
        <source>The new key %1 signs from now on; %2 stays published until %3.</source>
        <translation>今後は新しい鍵 %1 が署名します。%2 は %3 まで公開されます。</translation>
    </message>
    <message>
        <source>Signing key rotated.</source>
        <translation>署名鍵をローテーションしました。</translation>
    </message>
</context>
<context>
    <name>mcpauth::TestPage</name>
    <message>
        <source>Test the connection</source>
        <translation>接続のテスト</translation>
    </message>
    <message>
        <source>About the test</source>
        <translation>テストについて</translation>
    </message>
    <message>
        <source>&amp;Sign In and Test</source>
        <translation>サインインしてテスト(&amp;S)</translation>
    </message>
    <message>
        <source>Sign in and test the connection</source>
        <translation>サインインして接続をテストします</translation>
    </message>
    <message>
        <source>Opens your browser to sign in, then connects as the client will and lists the tools.</source>
        <translation>ブラウザーを開いてサインインし、クライアントと同じ方法で接続してツールを一覧表示します。</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>テスト結果</translation>
    </message>
    <message>
        <source>Tools the server offers</source>
        <translation>サーバーが提供するツール</translation>
    </message>
    <message>
        <source>Description of the selected tool</source>
        <translation>選択したツールの説明</translation>
    </message>
    <message>
        <source>&amp;Tools the server offers:</source>
        <translation>サーバーが提供するツール(&amp;T):</translation>
    </message>
    <message>
        <source>Signs in through your browser and connects to %1 the way %2 will, then lists the tools.</source>
        <translation>ブラウザーでサインインし、%2 と同じ方法で %1 に接続してから、ツールを一覧表示します。</translation>
    </message>
    <message>
        <source>The test registers a client of its own and uses the redirect URI http://%1:&lt;port&gt;%2.</source>
        <translation>テストでは独自のクライアントを登録し、リダイレクト URI http://%1:&lt;port&gt;%2 を使用します。</translation>
    </message>
    <message>
        <source>The test uses the client ID %1 and the redirect URI http://%2:%3%4, as %5 does.</source>
        <translation>テストでは、%5 と同じくクライアント ID %1 とリダイレクト URI http://%2:%3%4 を使用します。</translation>
    </message>
    <message>
        <source>&lt;any port&gt;</source>
        <translation>&lt;任意のポート&gt;</translation>
    </message>
    <message>
        <source>Click Sign In and Test.</source>
        <translation>[サインインしてテスト] をクリックしてください。</translation>
    </message>
    <message numerus="yes">
        <source>Connected: the server offers %n tool(s). The client is ready.</source>
        <translation>
            <numerusform>接続しました。サーバーは %n 個のツールを提供しています。クライアントの準備ができました。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Test Again</source>
        <translation>もう一度テスト(&amp;T)</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>テストはキャンセルされました。</translation>
    </message>
    <message>
        <source>The connection failed: the findings below say why and how to fix it. After a fix, click Sign In and Test again.</source>
        <translation>接続に失敗しました。原因と修正方法は下の検出事項を参照してください。修正後、もう一度 [サインインしてテスト] をクリックしてください。</translation>
    </message>
</context>
<context>
    <name>mcpauth::TokenIntrospection</name>
    <message>
        <source>Inactive: the server does not accept this token (revoked, expired, unknown to it, or not one it lets this client see).</source>
        <translation>無効: サーバーはこのトークンを受け付けません (取り消し済み、期限切れ、サーバーにとって不明、またはこのクライアントに参照を許可していないトークン)。</translation>
    </message>
    <message>
        <source>Active: the server accepts this token.</source>
        <translation>有効: サーバーはこのトークンを受け付けます。</translation>
    </message>
    <message>
        <source>Issued to client: %1</source>
        <translation>発行先クライアント: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>サブジェクト: %1</translation>
    </message>
    <message>
        <source>Scopes: none named</source>
        <translation>スコープ: 指定なし</translation>
    </message>
    <message>
        <source>Scopes: %1</source>
        <translation>スコープ: %1</translation>
    </message>
    <message>
        <source>Audience (resource): %1</source>
        <translation>対象者 (リソース): %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>発行者: %1</translation>
    </message>
    <message>
        <source>Token type: %1</source>
        <translation>トークンの種類: %1</translation>
    </message>
    <message>
        <source>Issued at: %1</source>
        <translation>発行日時: %1</translation>
    </message>
    <message>
        <source>Expires at: %1 (%2 min from now)</source>
        <translation>有効期限: %1 (%2 分後)</translation>
    </message>
    <message>
        <source>Expires at: %1</source>
        <translation>有効期限: %1</translation>
    </message>
    <message>
        <source>Expires: the server did not say.</source>
        <translation>有効期限: サーバーから示されていません。</translation>
    </message>
</context>
<context>
    <name>mcpauth::TokenLookupPage</name>
    <message>
        <source>%1 The server can also revoke a pasted token (RFC 7009), so that it stops accepting it.</source>
        <translation>%1 サーバーは、貼り付けたトークンを取り消して (RFC 7009)、受け付けないようにすることもできます。</translation>
    </message>
    <message>
        <source>&amp;Token (access or refresh token, as the client holds it):</source>
        <translation>トークン (クライアントが保持しているアクセス トークンまたはリフレッシュ トークン)(&amp;T):</translation>
    </message>
    <message>
        <source>Token to look up</source>
        <translation>照会するトークン</translation>
    </message>
    <message>
        <source>Paste a token</source>
        <translation>トークンを貼り付けてください</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>照会(&amp;L)</translation>
    </message>
    <message>
        <source>Look up the token</source>
        <translation>トークンを照会します</translation>
    </message>
    <message>
        <source>&amp;Revoke at the server…</source>
        <translation>サーバーで取り消す(&amp;R)…</translation>
    </message>
    <message>
        <source>Revoke the token at the server</source>
        <translation>サーバーでトークンを取り消します</translation>
    </message>
    <message>
        <source>Look-up result</source>
        <translation>照会結果</translation>
    </message>
    <message>
        <source>&lt;p&gt;Nothing looked up yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;まだ何も照会していません。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Look up a token</source>
        <translation>トークンの照会</translation>
    </message>
    <message>
        <source>Server metadata and keys</source>
        <translation>サーバーのメタデータと鍵</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>Revoke the pasted token at the server (Delete)</source>
        <translation>貼り付けたトークンをサーバーで取り消します (Delete)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Reading the server&apos;s metadata and keys…&lt;/p&gt;</source>
        <translation>&lt;p&gt;サーバーのメタデータと鍵を読み取っています…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Could not read the server&apos;s metadata</source>
        <translation>サーバーのメタデータを読み取れませんでした</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Metadata&lt;/h3&gt;&lt;p&gt;From &lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;メタデータ&lt;/h3&gt;&lt;p&gt;取得元: &lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Signing keys (JWKS)&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;署名鍵 (JWKS)&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;From &lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;取得元: &lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Key id (kid)</source>
        <translation>キー ID (kid)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>アルゴリズム</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>用途</translation>
    </message>
    <message>
        <source>&lt;p&gt;Asking the server…&lt;/p&gt;</source>
        <translation>&lt;p&gt;サーバーに問い合わせています…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The server could not be asked.&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Press Look up to try again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;サーバーに問い合わせできませんでした。&lt;/b&gt;%1&lt;/p&gt;&lt;p&gt;もう一度試すには [照会] を押してください。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Could not look the token up</source>
        <translation>トークンを照会できませんでした</translation>
    </message>
    <message>
        <source>&lt;h4&gt;The server&apos;s answer&lt;/h4&gt;&lt;pre&gt;%1&lt;/pre&gt;</source>
        <translation>&lt;h4&gt;サーバーの応答&lt;/h4&gt;&lt;pre&gt;%1&lt;/pre&gt;</translation>
    </message>
    <message>
        <source>The server accepts this token.</source>
        <translation>サーバーはこのトークンを受け付けます。</translation>
    </message>
    <message>
        <source>The server does not accept this token.</source>
        <translation>サーバーはこのトークンを受け付けません。</translation>
    </message>
    <message>
        <source>Revoke the token?</source>
        <translation>トークンを取り消しますか?</translation>
    </message>
    <message>
        <source>The server will stop accepting the pasted token. It answers the same whether or not it knew the token. A JWT access token that a resource server checks offline stays usable there until it expires.</source>
        <translation>サーバーは貼り付けたトークンを受け付けなくなります。サーバーはそのトークンを認識していたかどうかにかかわらず同じ応答を返します。リソース サーバーがオフラインで検証する JWT アクセス トークンは、有効期限まではそこで引き続き使用できます。</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>取り消し</translation>
    </message>
    <message>
        <source>Could not revoke the token</source>
        <translation>トークンを取り消せませんでした</translation>
    </message>
    <message>
        <source>The server accepted the revocation.</source>
        <translation>サーバーは取り消しを受け付けました。</translation>
    </message>
</context>
<context>
    <name>mcpauth::TokenTableModel</name>
    <message>
        <source>Active</source>
        <translation>アクティブ</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>取り消し済み</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>リフレッシュ</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>アクセス</translation>
    </message>
    <message>
        <source>(the application itself)</source>
        <translation>(アプリケーション自身)</translation>
    </message>
    <message>
        <source>Click to sort</source>
        <translation>クリックして並べ替え</translation>
    </message>
    <message>
        <source>Only the issue and expiry times can be sorted</source>
        <translation>並べ替えられるのは発行日時と有効期限のみです</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>発行日時</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>アプリケーション</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>リソース</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>スコープ</translation>
    </message>
    <message>
        <source>Token ID (jti)</source>
        <translation>トークン ID (jti)</translation>
    </message>
</context>
<context>
    <name>mcpauth::TokensPage</name>
    <message>
        <source>&amp;Application:</source>
        <translation>アプリケーション(&amp;A):</translation>
    </message>
    <message>
        <source>Application filter</source>
        <translation>アプリケーションのフィルター</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>ユーザー(&amp;U):</translation>
    </message>
    <message>
        <source>User filter</source>
        <translation>ユーザーのフィルター</translation>
    </message>
    <message>
        <source>Reso&amp;urce:</source>
        <translation>リソース(&amp;U):</translation>
    </message>
    <message>
        <source>Resource filter</source>
        <translation>リソースのフィルター</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>状態(&amp;S):</translation>
    </message>
    <message>
        <source>State filter</source>
        <translation>状態のフィルター</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>アクティブ</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>取り消し済み</translation>
    </message>
    <message>
        <source>Issued from</source>
        <translation>発行日時 (開始)</translation>
    </message>
    <message>
        <source>Issued before</source>
        <translation>発行日時 (終了)</translation>
    </message>
    <message>
        <source>&amp;Issued from:</source>
        <translation>発行日時の開始(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;before:</source>
        <translation>終了(&amp;B):</translation>
    </message>
    <message>
        <source>Go to &amp;last</source>
        <translation>最後へ移動(&amp;L)</translation>
    </message>
    <message>
        <source>Show the last tokens in this order (Ctrl+End in the table)</source>
        <translation>この順序で最後のトークンを表示します (表内では Ctrl+End)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>エクスポート(&amp;X)…</translation>
    </message>
    <message>
        <source>Write the tokens that match the filter to a CSV or JSON file</source>
        <translation>フィルターに一致するトークンを CSV または JSON ファイルに書き出します</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>トークン</translation>
    </message>
    <message>
        <source>Token details</source>
        <translation>トークンの詳細</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>取り消し(&amp;R)</translation>
    </message>
    <message>
        <source>Revoke the selected tokens (Delete)</source>
        <translation>選択したトークンを取り消します (Delete)</translation>
    </message>
    <message>
        <source>All of this &amp;user…</source>
        <translation>このユーザーのすべて(&amp;U)…</translation>
    </message>
    <message>
        <source>Revoke every token of the selected token&apos;s user</source>
        <translation>選択したトークンのユーザーのすべてのトークンを取り消します</translation>
    </message>
    <message>
        <source>All of this a&amp;pplication…</source>
        <translation>このアプリケーションのすべて(&amp;P)…</translation>
    </message>
    <message>
        <source>Revoke every token of the selected token&apos;s application</source>
        <translation>選択したトークンのアプリケーションのすべてのトークンを取り消します</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Paste an access token (JWT) to decode it, check its signature against the local server&apos;s published keys, and find it in the store:</source>
        <translation>アクセス トークン (JWT) を貼り付けると、デコードし、ローカル サーバーが公開している鍵で署名を確認し、ストア内で検索します:</translation>
    </message>
    <message>
        <source>Token to look up</source>
        <translation>検索するトークン</translation>
    </message>
    <message>
        <source>eyJhbGciOi…</source>
        <translation>eyJhbGciOi…</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>検索(&amp;L)</translation>
    </message>
    <message>
        <source>Look-up result</source>
        <translation>検索結果</translation>
    </message>
    <message>
        <source>Look up a token</source>
        <translation>トークンの検索</translation>
    </message>
    <message>
        <source>Could not load the tokens</source>
        <translation>トークンを読み込めませんでした</translation>
    </message>
    <message>
        <source>Could not load the applications</source>
        <translation>アプリケーションを読み込めませんでした</translation>
    </message>
    <message>
        <source>Only the issue and expiry times can be sorted.</source>
        <translation>並べ替えられるのは発行日時と有効期限のみです。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message numerus="yes">
        <source>%1 token(s)</source>
        <translation>
            <numerusform>%1 個のトークン</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Revoke %n tokens</source>
        <translation>
            <numerusform>%n 個のトークンを取り消す(&amp;R)</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke the token %1?

A resource server that introspects it refuses it from now on; a refresh token takes the access tokens of its family with it.</source>
        <translation>トークン %1 を取り消しますか?

このトークンをイントロスペクトするリソース サーバーは今後これを拒否します。リフレッシュ トークンを取り消すと、そのファミリーのアクセス トークンも取り消されます。</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n token(s)?

A resource server that introspects them refuses them from now on; a refresh token takes the access tokens of its family with it.</source>
        <translation>
            <numerusform>%n 個のトークンを取り消しますか?

これらをイントロスペクトするリソース サーバーは今後これらを拒否します。リフレッシュ トークンを取り消すと、そのファミリーのアクセス トークンも取り消されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke tokens</source>
        <translation>トークンの取り消し</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n token(s)</source>
        <translation>
            <numerusform>%n 個のトークンを取り消す</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) could not be revoked.</source>
        <translation>
            <numerusform>%n 個のトークンを取り消せませんでした。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoked %n token(s).</source>
        <translation>
            <numerusform>%n 個のトークンを取り消しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not count the tokens</source>
        <translation>トークンの数を取得できませんでした</translation>
    </message>
    <message>
        <source>The user %1 has no active token.</source>
        <translation>ユーザー %1 にはアクティブなトークンがありません。</translation>
    </message>
    <message>
        <source>The application %1 has no active token.</source>
        <translation>アプリケーション %1 にはアクティブなトークンがありません。</translation>
    </message>
    <message numerus="yes">
        <source>Revoke all %n active token(s) of the user %1?

The user&apos;s clients must sign in again.</source>
        <translation>
            <numerusform>ユーザー %1 のアクティブなトークン %n 個をすべて取り消しますか?

ユーザーのクライアントは再度サインインする必要があります。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke all %n active token(s) of the application %1?

Every user of the application must sign in again.</source>
        <translation>
            <numerusform>アプリケーション %1 のアクティブなトークン %n 個をすべて取り消しますか?

アプリケーションのすべてのユーザーが再度サインインする必要があります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not revoke the tokens</source>
        <translation>トークンを取り消せませんでした</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 日 %2 時間</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation>%1 前に期限切れ</translation>
    </message>
    <message>
        <source>expires in %1</source>
        <translation>%1 後に期限切れ</translation>
    </message>
    <message>
        <source>The audience (&lt;code&gt;aud&lt;/code&gt;) is &lt;b&gt;%1&lt;/b&gt;, the registered resource “%2”: only that MCP server accepts it.</source>
        <translation>対象者 (&lt;code&gt;aud&lt;/code&gt;) は &lt;b&gt;%1&lt;/b&gt; (登録済みのリソース “%2”) です。この MCP サーバーのみが受け入れます。</translation>
    </message>
    <message>
        <source>The token names no audience (&lt;code&gt;aud&lt;/code&gt;): a resource server that checks the audience, as MCP requires, refuses it.</source>
        <translation>このトークンには対象者 (&lt;code&gt;aud&lt;/code&gt;) がありません。MCP の要件どおりに対象者を確認するリソース サーバーは、これを拒否します。</translation>
    </message>
    <message>
        <source>The audience (&lt;code&gt;aud&lt;/code&gt;) is &lt;b&gt;%1&lt;/b&gt;, which is &lt;b&gt;not a registered resource&lt;/b&gt;: no MCP server of this backend accepts it.</source>
        <translation>対象者 (&lt;code&gt;aud&lt;/code&gt;) は &lt;b&gt;%1&lt;/b&gt; ですが、これは&lt;b&gt;登録済みのリソースではありません&lt;/b&gt;。このバックエンドの MCP サーバーはどれも受け入れません。</translation>
    </message>
    <message>
        <source>&lt;p&gt;No scopes: the token grants nothing beyond the resource&apos;s public tools.&lt;/p&gt;</source>
        <translation>&lt;p&gt;スコープなし: このトークンはリソースのパブリック ツール以外に何も許可しません。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>not a scope of this backend</source>
        <translation>このバックエンドのスコープではありません</translation>
    </message>
    <message>
        <source>A refresh token</source>
        <translation>リフレッシュ トークン</translation>
    </message>
    <message>
        <source>An access token</source>
        <translation>アクセス トークン</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 issued to the application &lt;b&gt;%2&lt;/b&gt; for itself (client credentials, no user).&lt;/p&gt;</source>
        <translation>&lt;p&gt;アプリケーション &lt;b&gt;%2&lt;/b&gt; 自身に発行された%1 (クライアント資格情報、ユーザーなし)。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 issued to the application &lt;b&gt;%2&lt;/b&gt;, acting for the user &lt;b&gt;%3&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;ユーザー &lt;b&gt;%3&lt;/b&gt; の代理として動作するアプリケーション &lt;b&gt;%2&lt;/b&gt; に発行された%1。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Active&lt;/b&gt;: it %1 (at %2).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;アクティブ&lt;/b&gt;: %1 (%2)。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Expired&lt;/b&gt;: it %1 (at %2); no resource server accepts it any more.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;期限切れ&lt;/b&gt;: %1 (%2)。どのリソース サーバーも受け入れなくなりました。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Revoked&lt;/b&gt; at %1: introspection answers “inactive”.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 に&lt;b&gt;取り消し済み&lt;/b&gt;: イントロスペクションは “inactive” を返します。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Scopes:&lt;/p&gt;</source>
        <translation>&lt;p&gt;スコープ:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Issued at %1. Token ID (&lt;code&gt;jti&lt;/code&gt;): &lt;code&gt;%2&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 に発行。トークン ID (&lt;code&gt;jti&lt;/code&gt;): &lt;code&gt;%2&lt;/code&gt;。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Refresh family &lt;code&gt;%1&lt;/code&gt;: revoking the refresh token revokes the tokens of its family.&lt;/p&gt;</source>
        <translation>&lt;p&gt;リフレッシュ ファミリー &lt;code&gt;%1&lt;/code&gt;: リフレッシュ トークンを取り消すと、そのファミリーのトークンも取り消されます。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a token to see what it grants, to whom, and until when.&lt;/p&gt;</source>
        <translation>&lt;p&gt;トークンを選択すると、何を誰にいつまで許可しているかが表示されます。&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%n tokens selected. Revoke revokes them all.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n 個のトークンが選択されています。[取り消し] ですべて取り消されます。&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Paste a token first.&lt;/p&gt;</source>
        <translation>&lt;p&gt;先にトークンを貼り付けてください。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Signature valid.</source>
        <translation>署名は有効です。</translation>
    </message>
    <message>
        <source>Signature not verified.</source>
        <translation>署名は検証されていません。</translation>
    </message>
    <message>
        <source>&lt;p&gt;It %1 (at %2).&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 (%2)。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Looking the token up in the store…</source>
        <translation>ストア内でトークンを検索しています…</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Header&lt;/h4&gt;&lt;pre&gt;%1&lt;/pre&gt;&lt;h4&gt;Claims&lt;/h4&gt;&lt;pre&gt;%2&lt;/pre&gt;</source>
        <translation>&lt;h4&gt;ヘッダー&lt;/h4&gt;&lt;pre&gt;%1&lt;/pre&gt;&lt;h4&gt;クレーム&lt;/h4&gt;&lt;pre&gt;%2&lt;/pre&gt;</translation>
    </message>
    <message>
        <source>The token has no &lt;code&gt;jti&lt;/code&gt;, so it cannot be found in the store.</source>
        <translation>このトークンには &lt;code&gt;jti&lt;/code&gt; がないため、ストア内で見つけることができません。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not in the store&lt;/b&gt;: this backend did not issue the token, or its record was removed.</source>
        <translation>&lt;b&gt;ストアにありません&lt;/b&gt;: このバックエンドはこのトークンを発行していないか、そのレコードが削除されています。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Introspection: active.&lt;/b&gt; The store knows this token and it has not been revoked.</source>
        <translation>&lt;b&gt;イントロスペクション: active。&lt;/b&gt;ストアはこのトークンを認識しており、取り消されていません。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Introspection: inactive&lt;/b&gt; (expired).</source>
        <translation>&lt;b&gt;イントロスペクション: inactive&lt;/b&gt; (期限切れ)。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Introspection: inactive&lt;/b&gt;, revoked at %1.</source>
        <translation>&lt;b&gt;イントロスペクション: inactive&lt;/b&gt;、%1 に取り消し済み。</translation>
    </message>
    <message>
        <source>Delete &amp;record…</source>
        <translation>記録を削除(&amp;R)…</translation>
    </message>
    <message>
        <source>Delete the selected tokens&apos; records instead of keeping them as revoked</source>
        <translation>選択したトークンを失効済みとして残さず、記録を削除します</translation>
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
            <numerusform>%n 件のトークンの記録を削除しますか？

サーバーはそれらを忘れます。ここに表示されなくなり、失効したことを示すものも残りません。失効では記録が残ります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete token records</source>
        <translation>トークンの記録を削除</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n record(s)</source>
        <translation>
            <numerusform>%n 件の記録を削除</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token record(s) could not be deleted.</source>
        <translation>
            <numerusform>%n 件のトークンの記録を削除できませんでした。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n token record(s).</source>
        <translation>
            <numerusform>%n 件のトークンの記録を削除しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>The audience (&lt;code&gt;aud&lt;/code&gt;) is &lt;b&gt;%1&lt;/b&gt;, the resource the client asked for.</source>
        <translation>オーディエンス（&lt;code&gt;aud&lt;/code&gt;）は &lt;b&gt;%1&lt;/b&gt; で、クライアントが要求したリソースです。</translation>
    </message>
</context>
<context>
    <name>mcpauth::ToolCallForm</name>
    <message>
        <source>&amp;Call tool</source>
        <translation>ツールの呼び出し(&amp;C)</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>ツール</translation>
    </message>
    <message>
        <source>Runs the connection again and calls this tool at its end.</source>
        <translation>接続を再度実行し、最後にこのツールを呼び出します。</translation>
    </message>
    <message>
        <source>&amp;Tool:</source>
        <translation>ツール(&amp;T):</translation>
    </message>
    <message>
        <source>The tools appear here after a run that reached tools/list.</source>
        <translation>tools/list まで到達した実行の後に、ここにツールが表示されます。</translation>
    </message>
    <message>
        <source>This tool takes no arguments.</source>
        <translation>このツールは引数を取りません。</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(未設定)</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数値</translation>
    </message>
    <message>
        <source>JSON (%1)</source>
        <translation>JSON (%1)</translation>
    </message>
    <message>
        <source>any type</source>
        <translation>任意の型</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* 必須</translation>
    </message>
    <message>
        <source>Run the connection first: it lists the tools.</source>
        <translation>先に接続を実行してください。ツールが一覧表示されます。</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 は必須です。</translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation>%1 は整数である必要があります。</translation>
    </message>
    <message>
        <source>%1 must be a number.</source>
        <translation>%1 は数値である必要があります。</translation>
    </message>
    <message>
        <source>%1 must be JSON.</source>
        <translation>%1 は JSON である必要があります。</translation>
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
        <translation>JSON-RPC 要求</translation>
    </message>
    <message>
        <source>JSON-RPC response</source>
        <translation>JSON-RPC 応答</translation>
    </message>
    <message>
        <source>JSON-RPC notification</source>
        <translation>JSON-RPC 通知</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>ブラウザー</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>注</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>エラー %1</translation>
    </message>
    <message>
        <source>result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>+%1 ms</source>
        <translation>+%1 ミリ秒</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ミリ秒</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
</context>
<context>
    <name>mcpauth::UserEditorDialog</name>
    <message>
        <source>Add User</source>
        <translation>ユーザーの追加</translation>
    </message>
    <message>
        <source>Edit User %1</source>
        <translation>ユーザー %1 の編集</translation>
    </message>
    <message>
        <source>Or&amp;ganization:</source>
        <translation>組織(&amp;G):</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>ユーザー名(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>表示名(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>メール(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Administrator: may hold the built-in MCP server&apos;s administrator-only scopes</source>
        <translation>管理者(&amp;A): 組み込み MCP サーバーの管理者専用スコープを保持できます</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>パスワード:</translation>
    </message>
    <message>
        <source>Could not load the organizations: %1</source>
        <translation>組織を読み込めませんでした: %1</translation>
    </message>
</context>
<context>
    <name>mcpauth::UserTableModel</name>
    <message>
        <source>Cannot sign in; their tokens were revoked when the account was disabled.</source>
        <translation>サインインできません。アカウントが無効化されたときにトークンは取り消されました。</translation>
    </message>
    <message>
        <source>May consent to the administrator-only scopes of the built-in MCP server.</source>
        <translation>組み込み MCP サーバーの管理者専用スコープに同意できます。</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>管理者</translation>
    </message>
    <message>
        <source>User</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>無効</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>有効</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>表示名</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>メール</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>ロール</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>作成日時</translation>
    </message>
</context>
<context>
    <name>mcpauth::UsersPage</name>
    <message>
        <source>Filter by username, name or email (Ctrl+F)</source>
        <translation>ユーザー名、名前、メールでフィルター (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter users</source>
        <translation>ユーザーのフィルター</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>追加(&amp;A)…</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>ユーザーの追加</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>編集(&amp;E)…</translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation>ユーザーの編集</translation>
    </message>
    <message>
        <source>D&amp;isable</source>
        <translation>無効化(&amp;I)</translation>
    </message>
    <message>
        <source>Disable or enable user</source>
        <translation>ユーザーを無効化または有効化します</translation>
    </message>
    <message>
        <source>&amp;Reset Password…</source>
        <translation>パスワードのリセット(&amp;R)…</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>パスワードのリセット</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>ロック解除(&amp;U)</translation>
    </message>
    <message>
        <source>Unlock user</source>
        <translation>ユーザーのロック解除</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>削除(&amp;D)…</translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation>ユーザーの削除</translation>
    </message>
    <message>
        <source>Lift a lockout after repeated failed sign-ins now instead of waiting for it to end.</source>
        <translation>サインインの繰り返し失敗によるロックアウトを、終了を待たずに今すぐ解除します。</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>ユーザー</translation>
    </message>
    <message>
        <source>&lt;b&gt;Consents in force&lt;/b&gt;</source>
        <translation>&lt;b&gt;有効な同意&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Consents of the selected user</source>
        <translation>選択したユーザーの同意</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>アプリケーション</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>リソース</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>スコープ</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>付与日時</translation>
    </message>
    <message>
        <source>Recent tokens of the selected user</source>
        <translation>選択したユーザーの最近のトークン</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>発行日時</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Could not load the users</source>
        <translation>ユーザーを読み込めませんでした</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n 人のユーザー</numerusform>
        </translation>
    </message>
    <message>
        <source>En&amp;able</source>
        <translation>有効化(&amp;A)</translation>
    </message>
    <message>
        <source>Let the user sign in again. Tokens revoked when the account was disabled stay revoked.</source>
        <translation>ユーザーが再度サインインできるようにします。アカウントの無効化時に取り消されたトークンは取り消されたままです。</translation>
    </message>
    <message>
        <source>Stop the user from signing in and revoke every token of theirs.</source>
        <translation>ユーザーのサインインを停止し、そのユーザーのすべてのトークンを取り消します。</translation>
    </message>
    <message>
        <source>User %1 added.</source>
        <translation>ユーザー %1 を追加しました。</translation>
    </message>
    <message>
        <source>User %1 saved.</source>
        <translation>ユーザー %1 を保存しました。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>The password of %1. Give it to them over a channel you trust; they sign in with it at the local authorization server&apos;s login page.</source>
        <translation>%1 のパスワードです。信頼できる経路で本人に渡してください。本人はこれを使用してローカル認可サーバーのログイン ページでサインインします。</translation>
    </message>
    <message>
        <source>Could not change %1</source>
        <translation>%1 を変更できませんでした</translation>
    </message>
    <message>
        <source>User %1 disabled; their tokens were revoked.</source>
        <translation>ユーザー %1 を無効化しました。そのトークンは取り消されました。</translation>
    </message>
    <message>
        <source>User %1 enabled.</source>
        <translation>ユーザー %1 を有効化しました。</translation>
    </message>
    <message>
        <source>Disable User</source>
        <translation>ユーザーの無効化</translation>
    </message>
    <message>
        <source>Disable %1?</source>
        <translation>%1 を無効化しますか?</translation>
    </message>
    <message numerus="yes">
        <source>They can no longer sign in, and every token of theirs is revoked now (%n token(s) are active). Enabling them later revives no token.</source>
        <translation>
            <numerusform>このユーザーはサインインできなくなり、そのすべてのトークンが今すぐ取り消されます (%n 個のトークンがアクティブです)。後で有効化してもトークンは復活しません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>無効化</translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation>%1 のパスワードをリセットしました。</translation>
    </message>
    <message>
        <source>Could not unlock %1</source>
        <translation>%1 のロックを解除できませんでした</translation>
    </message>
    <message>
        <source>%1 may sign in again: failed attempts are forgotten.</source>
        <translation>%1 は再度サインインできます。失敗した試行はリセットされました。</translation>
    </message>
    <message>
        <source>Delete User</source>
        <translation>ユーザーの削除</translation>
    </message>
    <message>
        <source>Delete the user %1?</source>
        <translation>ユーザー %1 を削除しますか?</translation>
    </message>
    <message>
        <source>Their %1 and %2 are deleted with them, so no token of theirs works any more. The audit log keeps the history.</source>
        <translation>このユーザーの %1 と %2 も削除されるため、そのトークンはどれも使用できなくなります。履歴は監査ログに残ります。</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n 個のトークン</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s)</source>
        <translation>
            <numerusform>%n 件の同意</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Could not delete %1</source>
        <translation>%1 を削除できませんでした</translation>
    </message>
    <message>
        <source>User %1 deleted.</source>
        <translation>ユーザー %1 を削除しました。</translation>
    </message>
    <message>
        <source>Select a user to see their consents and tokens.</source>
        <translation>ユーザーを選択すると、その同意とトークンが表示されます。</translation>
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
        <translation>トークンを読み込んでいます…</translation>
    </message>
    <message>
        <source>Could not load the consents</source>
        <translation>同意を読み込めませんでした</translation>
    </message>
    <message>
        <source>Could not count the tokens: %1</source>
        <translation>トークンの数を取得できませんでした: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tokens&lt;/b&gt;: none.</source>
        <translation>&lt;b&gt;トークン&lt;/b&gt;: なし。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tokens&lt;/b&gt;: %1, %2 active. The most recent:</source>
        <translation>&lt;b&gt;トークン&lt;/b&gt;: %1 (うち %2 個がアクティブ)。最新のもの:</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>アクティブ</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>取り消し済み</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>アクセス</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>リフレッシュ</translation>
    </message>
    <message>
        <source>Token ID %1, audience %2, scopes %3</source>
        <translation>トークン ID %1、対象者 %2、スコープ %3</translation>
    </message>
</context>
</TS>
