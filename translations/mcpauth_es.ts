<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>BackendFactory</name>
    <message>
        <source>This build does not know how to connect to %1.</source>
        <translation>Esta compilación no sabe cómo conectarse a %1.</translation>
    </message>
</context>
<context>
    <name>Capability</name>
    <message>
        <source>Organizations</source>
        <translation>Organizaciones</translation>
    </message>
    <message>
        <source>List applications</source>
        <translation>Listar aplicaciones</translation>
    </message>
    <message>
        <source>Create, edit and delete applications</source>
        <translation>Crear, editar y eliminar aplicaciones</translation>
    </message>
    <message>
        <source>Rotate client secrets</source>
        <translation>Rotar secretos de cliente</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Ámbitos</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>List tokens</source>
        <translation>Listar tokens</translation>
    </message>
    <message>
        <source>Look up a token</source>
        <translation>Consultar un token</translation>
    </message>
    <message>
        <source>Revoke tokens</source>
        <translation>Revocar tokens</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentimientos</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Verify the audit chain</source>
        <translation>Verificar la cadena de auditoría</translation>
    </message>
    <message>
        <source>Signing keys</source>
        <translation>Claves de firma</translation>
    </message>
    <message>
        <source>Dynamic registration policy</source>
        <translation>Directiva de registro dinámico</translation>
    </message>
    <message>
        <source>Live updates</source>
        <translation>Actualizaciones en directo</translation>
    </message>
    <message>
        <source>Delete token records</source>
        <translation>Eliminar registros de tokens</translation>
    </message>
</context>
<context>
    <name>CasdoorMapping</name>
    <message>
        <source>Casdoor does not accept &quot;%1&quot; in a name (none of %2 may appear); use letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>Casdoor no acepta «%1» en un nombre (no puede aparecer ninguno de %2); use letras, dígitos, «-» y «_».</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Escriba un nombre.</translation>
    </message>
    <message>
        <source>Casdoor has no &quot;:*&quot; port wildcard, and its scheme-less form would also accept plain http on %1. Register the exact port.</source>
        <translation>Casdoor no tiene comodín de puerto «:*», y su forma sin esquema también aceptaría http sin cifrar en %1. Registre el puerto exacto.</translation>
    </message>
    <message>
        <source>%1 is stored in Casdoor as %2: Casdoor has no &quot;:*&quot; port wildcard; its scheme-less form accepts any port (and https too) on the loopback host.</source>
        <translation>%1 se guarda en Casdoor como %2: Casdoor no tiene comodín de puerto «:*»; su forma sin esquema acepta cualquier puerto (y también https) en el host de loopback.</translation>
    </message>
    <message>
        <source>Casdoor cannot require PKCE: it checks the code verifier whenever a client sends a challenge, and accepts requests without one.</source>
        <translation>Casdoor no puede exigir PKCE: comprueba el code verifier cuando un cliente envía un challenge, y acepta solicitudes sin él.</translation>
    </message>
    <message>
        <source>Casdoor issues JWT access tokens only.</source>
        <translation>Casdoor solo emite tokens de acceso JWT.</translation>
    </message>
    <message>
        <source>Casdoor&apos;s consent policy is fixed: it asks once for the scopes listed in the application&apos;s consent scopes, and remembers the answer.</source>
        <translation>La política de consentimiento de Casdoor es fija: pregunta una vez por los scopes listados en los scopes de consentimiento de la aplicación y recuerda la respuesta.</translation>
    </message>
    <message>
        <source>Casdoor has no CORS setting per application: it allows an origin that matches one of the application&apos;s redirect URIs, or a loopback origin.</source>
        <translation>Casdoor no tiene ajuste de CORS por aplicación: permite un origen que coincida con uno de los URI de redirección de la aplicación, o un origen de loopback.</translation>
    </message>
    <message>
        <source>Casdoor&apos;s dynamic registration is either open or disabled; it cannot restrict redirect URIs to patterns.</source>
        <translation>El registro dinámico de Casdoor está abierto o desactivado; no puede restringir los URI de redirección a patrones.</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>Enter the server&apos;s address, for example https://auth.example.com.</source>
        <translation>Introduzca la dirección del servidor, por ejemplo https://auth.example.com.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid URL.</source>
        <translation>&apos;%1&apos; no es una URL válida.</translation>
    </message>
    <message>
        <source>Use https (plain http is accepted only for 127.0.0.1 and localhost).</source>
        <translation>Use https (http sin cifrar solo se acepta para 127.0.0.1 y localhost).</translation>
    </message>
    <message>
        <source>The address must not contain a query or a fragment.</source>
        <translation>La dirección no debe contener una consulta ni un fragmento.</translation>
    </message>
    <message>
        <source>Put no user name or password in the address; the secret goes in the keychain.</source>
        <translation>No incluya nombre de usuario ni contraseña en la dirección; el secreto se guarda en el llavero.</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Contraseña de la base de datos</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secreto de cliente</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Asigne un nombre al perfil.</translation>
    </message>
    <message>
        <source>The name is longer than 100 characters.</source>
        <translation>El nombre tiene más de 100 caracteres.</translation>
    </message>
    <message>
        <source>Choose the SQLite file of the store.</source>
        <translation>Elija el archivo SQLite del almacén.</translation>
    </message>
    <message>
        <source>This is a PostgreSQL URL: choose Local PostgreSQL.</source>
        <translation>Esta es una URL de PostgreSQL: elija PostgreSQL local.</translation>
    </message>
    <message>
        <source>Enter a URL like postgresql://user@host:5432/database.</source>
        <translation>Introduzca una URL como postgresql://user@host:5432/database.</translation>
    </message>
    <message>
        <source>Enter the Casdoor organization, for example built-in.</source>
        <translation>Introduzca la organización de Casdoor, por ejemplo built-in.</translation>
    </message>
    <message>
        <source>Enter the client ID of a Casdoor application.</source>
        <translation>Introduzca el ID de cliente de una aplicación de Casdoor.</translation>
    </message>
    <message>
        <source>Enter the client ID the console authenticates with.</source>
        <translation>Introduzca el ID de cliente con el que se autentica la consola.</translation>
    </message>
    <message>
        <source>Unknown backend kind &apos;%1&apos;.</source>
        <translation>Tipo de backend desconocido &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The profile has no id.</source>
        <translation>El perfil no tiene id.</translation>
    </message>
    <message>
        <source>Local SQLite</source>
        <translation>SQLite local</translation>
    </message>
    <message>
        <source>Local PostgreSQL</source>
        <translation>PostgreSQL local</translation>
    </message>
    <message>
        <source>Casdoor</source>
        <translation>Casdoor</translation>
    </message>
    <message>
        <source>Standards-based authorization server</source>
        <translation>Servidor de autorización basado en estándares</translation>
    </message>
    <message>
        <source>Casdoor has no resource entity: the resource indicator is only recorded on each token.</source>
        <translation>Casdoor no tiene entidad de recurso: el indicador de recurso solo se registra en cada token.</translation>
    </message>
    <message>
        <source>Casdoor keeps scopes inside each application; edit them there.</source>
        <translation>Casdoor guarda los ámbitos dentro de cada aplicación; edítelos allí.</translation>
    </message>
    <message>
        <source>Manage Casdoor&apos;s users in Casdoor&apos;s own user pages.</source>
        <translation>Administre los usuarios de Casdoor en las páginas de usuarios del propio Casdoor.</translation>
    </message>
    <message>
        <source>Casdoor has no introspection for the console&apos;s credentials; look tokens up in the list.</source>
        <translation>Casdoor no ofrece introspección para las credenciales de la consola; consulte los tokens en la lista.</translation>
    </message>
    <message>
        <source>Casdoor&apos;s records are not hash-chained, so there is nothing to verify.</source>
        <translation>Los registros de Casdoor no están encadenados por hash, así que no hay nada que verificar.</translation>
    </message>
    <message>
        <source>Casdoor&apos;s signing certificates are managed in Casdoor.</source>
        <translation>Los certificados de firma de Casdoor se administran en Casdoor.</translation>
    </message>
    <message>
        <source>Casdoor does not announce changes; refresh with F5.</source>
        <translation>Casdoor no anuncia los cambios; actualice con F5.</translation>
    </message>
    <message>
        <source>The OAuth standards have no organizations.</source>
        <translation>Los estándares OAuth no tienen organizaciones.</translation>
    </message>
    <message>
        <source>Rotate a client&apos;s secret by updating its registration (RFC 7592) on the server.</source>
        <translation>Rote el secreto de un cliente actualizando su registro (RFC 7592) en el servidor.</translation>
    </message>
    <message>
        <source>The OAuth standards have no API to list a server&apos;s resources.</source>
        <translation>Los estándares OAuth no tienen ninguna API para listar los recursos de un servidor.</translation>
    </message>
    <message>
        <source>The OAuth standards have no API to manage scopes.</source>
        <translation>Los estándares OAuth no tienen ninguna API para administrar ámbitos.</translation>
    </message>
    <message>
        <source>The OAuth standards have no API to manage users.</source>
        <translation>Los estándares OAuth no tienen ninguna API para administrar usuarios.</translation>
    </message>
    <message>
        <source>The OAuth standards cannot list tokens; paste a token to look it up (RFC 7662).</source>
        <translation>Los estándares OAuth no pueden listar tokens; pegue un token para consultarlo (RFC 7662).</translation>
    </message>
    <message>
        <source>The OAuth standards have no API for consents.</source>
        <translation>Los estándares OAuth no tienen ninguna API para consentimientos.</translation>
    </message>
    <message>
        <source>The OAuth standards have no API for an audit log.</source>
        <translation>Los estándares OAuth no tienen ninguna API para un registro de auditoría.</translation>
    </message>
    <message>
        <source>A server&apos;s signing keys are read from its JWKS, not managed.</source>
        <translation>Las claves de firma de un servidor se leen de su JWKS, no se administran.</translation>
    </message>
    <message>
        <source>The OAuth standards have no API for registration policy.</source>
        <translation>Los estándares OAuth no tienen ninguna API para la directiva de registro.</translation>
    </message>
    <message>
        <source>The server does not announce changes; refresh with F5.</source>
        <translation>El servidor no anuncia los cambios; actualice con F5.</translation>
    </message>
    <message>
        <source>The local store keeps every token&apos;s record for the audit trail; revoke the token instead.</source>
        <translation>El almacén local conserva el registro de cada token para la pista de auditoría; revoque el token en su lugar.</translation>
    </message>
    <message>
        <source>The OAuth standards revoke tokens (RFC 7009); they cannot delete them.</source>
        <translation>Los estándares OAuth revocan tokens (RFC 7009); no pueden eliminarlos.</translation>
    </message>
</context>
<context>
    <name>ConnectionProfileStore</name>
    <message>
        <source>A profile named &apos;%1&apos; exists already.</source>
        <translation>Ya existe un perfil llamado &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>There is no such profile.</source>
        <translation>No existe ese perfil.</translation>
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
        <translation>Tipo: %1</translation>
    </message>
    <message>
        <source>Field: %1</source>
        <translation>Campo: %1</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>Mensaje: %1</translation>
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
        <translation>El token está firmado con &apos;%1&apos;; el servidor local solo firma con RS256 y ES256, así que no emitió este token.</translation>
    </message>
    <message>
        <source>no algorithm</source>
        <translation>sin algoritmo</translation>
    </message>
    <message>
        <source>No key of the local server has the key ID &apos;%1&apos;: another server issued this token, or its key was removed.</source>
        <translation>Ninguna clave del servidor local tiene el ID de clave &apos;%1&apos;: otro servidor emitió este token o su clave se eliminó.</translation>
    </message>
    <message>
        <source>The key &apos;%1&apos; is no longer published in the JWKS, so resource servers reject every token it signed.</source>
        <translation>La clave &apos;%1&apos; ya no se publica en el JWKS, así que los servidores de recursos rechazan todos los tokens que firmó.</translation>
    </message>
    <message>
        <source>The header says %1, but the key &apos;%2&apos; is a %3 key.</source>
        <translation>El encabezado indica %1, pero la clave &apos;%2&apos; es una clave %3.</translation>
    </message>
    <message>
        <source>The stored public key &apos;%1&apos; could not be read.</source>
        <translation>No se pudo leer la clave pública almacenada &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The signature does not match the key &apos;%1&apos;: the token was altered after it was signed.</source>
        <translation>La firma no coincide con la clave &apos;%1&apos;: el token se modificó después de firmarse.</translation>
    </message>
    <message>
        <source>The signature is valid: signed by the local server&apos;s %1 key &apos;%2&apos;.</source>
        <translation>La firma es válida: firmada por la clave %1 &apos;%2&apos; del servidor local.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>any time</source>
        <translation>en cualquier momento</translation>
    </message>
</context>
<context>
    <name>RegistrationKeyring</name>
    <message>
        <source>This console holds no registration access token for client &apos;%1&apos;, so it cannot manage it: only clients registered from this console (on this machine) can be.</source>
        <translation>Esta consola no tiene ningún token de acceso de registro para el cliente &apos;%1&apos;, por lo que no puede administrarlo: solo se pueden administrar los clientes registrados desde esta consola (en este equipo).</translation>
    </message>
</context>
<context>
    <name>RemoteSession</name>
    <message>
        <source>No client secret for &apos;%1&apos;: set MCPAUTH_CLIENT_SECRET, or save the profile&apos;s secret in the console (File &gt; Connection Profiles). The keychain said: %2</source>
        <translation>No hay secreto de cliente para &apos;%1&apos;: defina MCPAUTH_CLIENT_SECRET o guarde el secreto del perfil en la consola (Archivo &gt; Perfiles de conexión). Respuesta del llavero: %2</translation>
    </message>
</context>
<context>
    <name>mcpauth::ApplicationEditorDialog</name>
    <message>
        <source>New Application</source>
        <translation>Nueva aplicación</translation>
    </message>
    <message>
        <source>Edit Application %1</source>
        <translation>Editar la aplicación %1</translation>
    </message>
    <message>
        <source>Application settings</source>
        <translation>Configuración de la aplicación</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;General</translation>
    </message>
    <message>
        <source>&amp;Redirects &amp;&amp; grants</source>
        <translation>&amp;Redirecciones y concesiones</translation>
    </message>
    <message>
        <source>T&amp;okens &amp;&amp; consent</source>
        <translation>T&amp;okens y consentimiento</translation>
    </message>
    <message>
        <source>None: start from defaults</source>
        <translation>Ninguna: empezar con los valores predeterminados</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Plantilla:</translation>
    </message>
    <message>
        <source>Or&amp;ganization:</source>
        <translation>Organi&amp;zación:</translation>
    </message>
    <message>
        <source>A short unique name, e.g. cursor-team</source>
        <translation>Un nombre corto y único, p. ej. cursor-team</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Nombre para &amp;mostrar:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>Generated when left empty</source>
        <translation>Se genera si se deja vacío</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>ID de &amp;cliente:</translation>
    </message>
    <message>
        <source>Public: an app on a device, no secret (PKCE)</source>
        <translation>Pública: una aplicación en un dispositivo, sin secreto (PKCE)</translation>
    </message>
    <message>
        <source>Confidential: runs on a server, has a secret</source>
        <translation>Confidencial: se ejecuta en un servidor, tiene un secreto</translation>
    </message>
    <message>
        <source>Client t&amp;ype:</source>
        <translation>&amp;Tipo de cliente:</translation>
    </message>
    <message>
        <source>none (public clients)</source>
        <translation>none (clientes públicos)</translation>
    </message>
    <message>
        <source>client_secret_basic (HTTP Basic)</source>
        <translation>client_secret_basic (HTTP Basic)</translation>
    </message>
    <message>
        <source>client_secret_post (in the form)</source>
        <translation>client_secret_post (en el formulario)</translation>
    </message>
    <message>
        <source>Token endpoint &amp;authentication:</source>
        <translation>&amp;Autenticación en el endpoint de token:</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Predeterminada</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Cat&amp;egoría:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ipo:</translation>
    </message>
    <message>
        <source>Redirect URIs:</source>
        <translation>URI de redirección:</translation>
    </message>
    <message>
        <source>authorization_code: a person signs in and consents</source>
        <translation>authorization_code: una persona inicia sesión y da su consentimiento</translation>
    </message>
    <message>
        <source>refresh_token: new access tokens without signing in again</source>
        <translation>refresh_token: nuevos tokens de acceso sin volver a iniciar sesión</translation>
    </message>
    <message>
        <source>client_credentials: the client acts for itself (confidential only)</source>
        <translation>client_credentials: el cliente actúa en su propio nombre (solo confidenciales)</translation>
    </message>
    <message>
        <source>Grant types:</source>
        <translation>Tipos de concesión:</translation>
    </message>
    <message>
        <source>Require &amp;PKCE (S256) on every authorization request</source>
        <translation>Exigir &amp;PKCE (S256) en cada solicitud de autorización</translation>
    </message>
    <message>
        <source>JWT (verifiable by the resource)</source>
        <translation>JWT (verificable por el recurso)</translation>
    </message>
    <message>
        <source>Opaque (checked by introspection)</source>
        <translation>Opaco (se comprueba por introspección)</translation>
    </message>
    <message>
        <source>Token &amp;format:</source>
        <translation>&amp;Formato del token:</translation>
    </message>
    <message>
        <source>&amp;Signing algorithm:</source>
        <translation>Algoritmo de fir&amp;ma:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>From %1 s (one minute) to %2 s (one day).</source>
        <translation>De %1 s (un minuto) a %2 s (un día).</translation>
    </message>
    <message>
        <source>A&amp;ccess token lifetime:</source>
        <translation>Duración del token de &amp;acceso:</translation>
    </message>
    <message>
        <source>At most %1 s (one year).</source>
        <translation>Como máximo %1 s (un año).</translation>
    </message>
    <message>
        <source>&amp;Refresh token lifetime:</source>
        <translation>Duración del token de actuali&amp;zación:</translation>
    </message>
    <message>
        <source>Once: ask the first time, remember the answer</source>
        <translation>Una vez: preguntar la primera vez y recordar la respuesta</translation>
    </message>
    <message>
        <source>Always: ask on every authorization</source>
        <translation>Siempre: preguntar en cada autorización</translation>
    </message>
    <message>
        <source>Never: trusted first-party client</source>
        <translation>Nunca: cliente propio de confianza</translation>
    </message>
    <message>
        <source>Co&amp;nsent:</source>
        <translation>Co&amp;nsentimiento:</translation>
    </message>
    <message>
        <source>Space-separated; empty: any scope of the resource</source>
        <translation>Separados por espacios; vacío: cualquier ámbito del recurso</translation>
    </message>
    <message>
        <source>Allowed sco&amp;pes:</source>
        <translation>Ámbitos &amp;permitidos:</translation>
    </message>
    <message>
        <source>Space-separated origins, e.g. https://app.example.com</source>
        <translation>Orígenes separados por espacios, p. ej. https://app.example.com</translation>
    </message>
    <message>
        <source>CORS &amp;origins:</source>
        <translation>Orígenes &amp;CORS:</translation>
    </message>
    <message>
        <source>Could not load the organizations: %1</source>
        <translation>No se pudieron cargar las organizaciones: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n problem(s))</source>
        <translation>
            <numerusform>%1 (%n problema)</numerusform>
            <numerusform>%1 (%n problemas)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mcpauth::ApplicationTableModel</name>
    <message>
        <source>Confidential</source>
        <translation>Confidencial</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Pública</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Siempre</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Una vez</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nunca</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Consola</translation>
    </message>
    <message>
        <source>CLI</source>
        <translation>CLI</translation>
    </message>
    <message>
        <source>Dynamic registration</source>
        <translation>Registro dinámico</translation>
    </message>
    <message>
        <source>Metadata document</source>
        <translation>Documento de metadatos</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nombre para mostrar</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>Client type</source>
        <translation>Tipo de cliente</translation>
    </message>
    <message>
        <source>Redirect URIs</source>
        <translation>URI de redirección</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Creada por</translation>
    </message>
</context>
<context>
    <name>mcpauth::ApplicationsPage</name>
    <message>
        <source>Filter by name, client ID or redirect URI (Ctrl+F)</source>
        <translation>Filtrar por nombre, ID de cliente o URI de redirección (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter applications</source>
        <translation>Filtrar aplicaciones</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nueva…</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>Nueva aplicación</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit application</source>
        <translation>Editar la aplicación</translation>
    </message>
    <message>
        <source>&amp;Rotate Secret…</source>
        <translation>&amp;Rotar secreto…</translation>
    </message>
    <message>
        <source>Rotate the client secret</source>
        <translation>Rotar el secreto de cliente</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Delete application</source>
        <translation>Eliminar la aplicación</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Aplicaciones</translation>
    </message>
    <message>
        <source>Could not load the applications</source>
        <translation>No se pudieron cargar las aplicaciones</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n aplicación</numerusform>
            <numerusform>%n aplicaciones</numerusform>
        </translation>
    </message>
    <message>
        <source>New application (Ctrl+N)</source>
        <translation>Nueva aplicación (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit the selected application (Enter)</source>
        <translation>Editar la aplicación seleccionada (Intro)</translation>
    </message>
    <message>
        <source>Delete the selected application (Delete)</source>
        <translation>Eliminar la aplicación seleccionada (Supr)</translation>
    </message>
    <message>
        <source>A public client has no secret: it proves itself with PKCE.</source>
        <translation>Un cliente público no tiene secreto: se acredita con PKCE.</translation>
    </message>
    <message>
        <source>Issue a new client secret; the current one stops working at once.</source>
        <translation>Emitir un nuevo secreto de cliente; el actual deja de funcionar de inmediato.</translation>
    </message>
    <message>
        <source>Application %1 created.</source>
        <translation>Aplicación %1 creada.</translation>
    </message>
    <message>
        <source>Application %1 saved.</source>
        <translation>Aplicación %1 guardada.</translation>
    </message>
    <message>
        <source>Client Secret</source>
        <translation>Secreto de cliente</translation>
    </message>
    <message>
        <source>The client secret of %1 (client ID %2). Put it in the client&apos;s configuration.</source>
        <translation>El secreto de cliente de %1 (ID de cliente %2). Introdúzcalo en la configuración del cliente.</translation>
    </message>
    <message>
        <source>Rotate Client Secret</source>
        <translation>Rotar el secreto de cliente</translation>
    </message>
    <message>
        <source>Rotate the client secret of %1?</source>
        <translation>¿Rotar el secreto de cliente de %1?</translation>
    </message>
    <message>
        <source>The current secret stops working at once: every client that uses it must be given the new one. Tokens already issued stay valid.</source>
        <translation>El secreto actual deja de funcionar de inmediato: todos los clientes que lo usan deben recibir el nuevo. Los tokens ya emitidos siguen siendo válidos.</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Rotar</translation>
    </message>
    <message>
        <source>Could not rotate the secret of %1</source>
        <translation>No se pudo rotar el secreto de %1</translation>
    </message>
    <message>
        <source>The secret of %1 was rotated.</source>
        <translation>Se rotó el secreto de %1.</translation>
    </message>
    <message>
        <source>New Client Secret</source>
        <translation>Nuevo secreto de cliente</translation>
    </message>
    <message>
        <source>The new client secret of %1 (client ID %2). The previous one no longer works.</source>
        <translation>El nuevo secreto de cliente de %1 (ID de cliente %2). El anterior ya no funciona.</translation>
    </message>
    <message>
        <source>Could not delete %1</source>
        <translation>No se pudo eliminar %1</translation>
    </message>
    <message>
        <source>Delete Application</source>
        <translation>Eliminar la aplicación</translation>
    </message>
    <message>
        <source>Delete the application %1?</source>
        <translation>¿Eliminar la aplicación %1?</translation>
    </message>
    <message>
        <source>Its %1 (%2 still active) and %3 are deleted with it, and clients using client ID %4 can no longer sign in. The audit log keeps the history.</source>
        <translation>Se eliminan con ella sus %1 (%2 aún activos) y %3, y los clientes que usan el ID de cliente %4 ya no podrán iniciar sesión. El registro de auditoría conserva el historial.</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n token</numerusform>
            <numerusform>%n tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s)</source>
        <translation>
            <numerusform>%n consentimiento</numerusform>
            <numerusform>%n consentimientos</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Application %1 deleted with %2 and %3.</source>
        <translation>Aplicación %1 eliminada junto con %2 y %3.</translation>
    </message>
    <message>
        <source>Only the clients registered from this console are listed: the OAuth standards have no way to list a server&apos;s clients. Their registration access tokens are in the keychain.</source>
        <translation>Solo se muestran los clientes registrados desde esta consola: los estándares de OAuth no permiten listar los clientes de un servidor. Sus tokens de acceso de registro están en el llavero.</translation>
    </message>
</context>
<context>
    <name>mcpauth::AuditPage</name>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <source>Anywhere in the event (Ctrl+F)</source>
        <translation>En cualquier parte del evento (Ctrl+F)</translation>
    </message>
    <message>
        <source>Ac&amp;tor:</source>
        <translation>A&amp;ctor:</translation>
    </message>
    <message>
        <source>cli:root, console:alice, server…</source>
        <translation>cli:root, console:alice, server…</translation>
    </message>
    <message>
        <source>Acti&amp;on:</source>
        <translation>Acció&amp;n:</translation>
    </message>
    <message>
        <source>token.revoke, or token. for all</source>
        <translation>token.revoke, o token. para todas</translation>
    </message>
    <message>
        <source>Tar&amp;get ID:</source>
        <translation>&amp;ID de destino:</translation>
    </message>
    <message>
        <source>The id of an entity</source>
        <translation>El id de una entidad</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Denegado</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>Res&amp;ultado:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes de</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;before:</source>
        <translation>&amp;antes de:</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>&amp;Verificar la cadena</translation>
    </message>
    <message>
        <source>Recompute every event&apos;s hash: shows whether any stored event was changed or removed</source>
        <translation>Volver a calcular el hash de cada evento: muestra si algún evento almacenado se modificó o se eliminó</translation>
    </message>
    <message>
        <source>Verification progress</source>
        <translation>Progreso de la verificación</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Write the events that match the filter to a CSV or JSON file</source>
        <translation>Escribir los eventos que coinciden con el filtro en un archivo CSV o JSON</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Eventos de auditoría</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>Detalles del evento</translation>
    </message>
    <message>
        <source>Select an event to see its details.</source>
        <translation>Seleccione un evento para ver sus detalles.</translation>
    </message>
    <message>
        <source>Could not load the audit log</source>
        <translation>No se pudo cargar el registro de auditoría</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message numerus="yes">
        <source>%1 event(s)</source>
        <translation>
            <numerusform>%1 evento</numerusform>
            <numerusform>%1 eventos</numerusform>
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
        <translation>Evento %1, %2 (UTC)
Actor: %3
Acción: %4
Destino: %5 %6
Resultado: %7
Origen: %8

</translation>
    </message>
    <message>
        <source>No details.</source>
        <translation>Sin detalles.</translation>
    </message>
    <message>
        <source>
Hash: %1
Previous: %2</source>
        <translation>
Hash: %1
Anterior: %2</translation>
    </message>
    <message>
        <source>Checking every event&apos;s hash…</source>
        <translation>Comprobando el hash de cada evento…</translation>
    </message>
    <message>
        <source>The chain could not be checked.</source>
        <translation>No se pudo comprobar la cadena.</translation>
    </message>
    <message>
        <source>Could not verify the audit log</source>
        <translation>No se pudo verificar el registro de auditoría</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Intact&lt;/b&gt;: all %n event(s) are in the chain unchanged; none was altered, removed or reordered.</source>
        <translation>
            <numerusform>&lt;b&gt;Íntegra&lt;/b&gt;: el evento (%n) está en la cadena sin cambios; no se alteró, eliminó ni reordenó.</numerusform>
            <numerusform>&lt;b&gt;Íntegra&lt;/b&gt;: los %n eventos están en la cadena sin cambios; ninguno se alteró, eliminó ni reordenó.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Broken at event %1&lt;/b&gt;: %2 Events from there on cannot be trusted; compare them with a backup.</source>
        <translation>&lt;b&gt;Rota en el evento %1&lt;/b&gt;: %2 No se puede confiar en los eventos a partir de ese punto; compárelos con una copia de seguridad.</translation>
    </message>
    <message>
        <source>The audit chain is intact.</source>
        <translation>La cadena de auditoría está intacta.</translation>
    </message>
    <message>
        <source>The audit chain is broken.</source>
        <translation>La cadena de auditoría está rota.</translation>
    </message>
</context>
<context>
    <name>mcpauth::AuditTableModel</name>
    <message>
        <source>Success</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Denegado</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Actor</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
</context>
<context>
    <name>mcpauth::Backend</name>
    <message>
        <source>%1 is not available on this backend.</source>
        <translation>%1 no está disponible en este backend.</translation>
    </message>
    <message>
        <source>This backend publishes no authorization server metadata.</source>
        <translation>Este backend no publica metadatos de servidor de autorización.</translation>
    </message>
</context>
<context>
    <name>mcpauth::CasdoorBackend</name>
    <message>
        <source>Casdoor: %1 (organization %2)</source>
        <translation>Casdoor: %1 (organización %2)</translation>
    </message>
    <message>
        <source>Casdoor generates an application&apos;s secret once; change it in Casdoor&apos;s application page.</source>
        <translation>Casdoor genera el secreto de una aplicación una sola vez; cámbielo en la página de la aplicación de Casdoor.</translation>
    </message>
    <message>
        <source>Casdoor&apos;s consent policy is fixed: it asks once for the scopes listed in the application&apos;s consent scopes, and remembers the answer.</source>
        <translation>La política de consentimiento de Casdoor es fija: pregunta una vez por los scopes listados en los scopes de consentimiento de la aplicación y recuerda la respuesta.</translation>
    </message>
    <message>
        <source>Casdoor has no &quot;:*&quot; port wildcard: http://127.0.0.1:*/callback is stored as 127.0.0.1/callback, its scheme-less form, which accepts any port (and https too). Casdoor also accepts any http://localhost and http://127.0.0.1 redirect for every application.</source>
        <translation>Casdoor no tiene comodín de puerto «:*»: http://127.0.0.1:*/callback se guarda como 127.0.0.1/callback, su forma sin esquema, que acepta cualquier puerto (y también https). Casdoor también acepta cualquier redirección a http://localhost y http://127.0.0.1 para todas las aplicaciones.</translation>
    </message>
    <message>
        <source>Casdoor cannot require PKCE: it checks the code verifier whenever a client sends a challenge, and accepts requests without one.</source>
        <translation>Casdoor no puede exigir PKCE: comprueba el code verifier cuando un cliente envía un challenge, y acepta solicitudes sin él.</translation>
    </message>
    <message>
        <source>Casdoor has no CORS setting per application: it allows an origin that matches one of the application&apos;s redirect URIs, or a loopback origin.</source>
        <translation>Casdoor no tiene ajuste de CORS por aplicación: permite un origen que coincida con uno de los URI de redirección de la aplicación, o un origen de loopback.</translation>
    </message>
    <message>
        <source>Casdoor has no revocation endpoint. Expiring a token keeps its record (update-token with expiresIn 0); deleting removes it. Either way Casdoor refuses the token from then on, but a resource server that validates the JWT offline accepts it until it expires.</source>
        <translation>Casdoor no tiene endpoint de revocación. Hacer caducar un token conserva su registro (update-token con expiresIn 0); eliminarlo lo borra. En ambos casos Casdoor rechaza el token a partir de entonces, pero un servidor de recursos que valida el JWT sin conexión lo acepta hasta que caduca.</translation>
    </message>
    <message>
        <source>Casdoor keeps consents in each user&apos;s applicationScopes. Revoking a consent does not revoke the tokens already issued.</source>
        <translation>Casdoor guarda los consentimientos en los applicationScopes de cada usuario. Revocar un consentimiento no revoca los tokens ya emitidos.</translation>
    </message>
    <message>
        <source>These are Casdoor&apos;s records: by default only POST requests are recorded, and calls made with application credentials (like this console&apos;s) may not be recorded at all.</source>
        <translation>Estos son los registros de Casdoor: por defecto solo se registran las solicitudes POST, y las llamadas hechas con credenciales de aplicación (como las de esta consola) pueden no registrarse en absoluto.</translation>
    </message>
    <message>
        <source>Casdoor has no organization &quot;%1&quot;; check the profile&apos;s organization.</source>
        <translation>Casdoor no tiene la organización «%1»; compruebe la organización del perfil.</translation>
    </message>
    <message>
        <source>Casdoor has no application &quot;%1&quot;.</source>
        <translation>Casdoor no tiene la aplicación «%1».</translation>
    </message>
    <message>
        <source>Casdoor did not add the application &quot;%1&quot;: the name or client ID may be taken, or the application quota reached.</source>
        <translation>Casdoor no añadió la aplicación «%1»: puede que el nombre o el ID de cliente ya estén en uso, o que se haya alcanzado la cuota de aplicaciones.</translation>
    </message>
    <message>
        <source>Casdoor did not change the application &quot;%1&quot;.</source>
        <translation>Casdoor no cambió la aplicación «%1».</translation>
    </message>
    <message>
        <source>Casdoor accepted the change, but reading the application back failed: %1</source>
        <translation>Casdoor aceptó el cambio, pero no se pudo volver a leer la aplicación: %1</translation>
    </message>
    <message>
        <source>Casdoor accepted the change but did not store the field &quot;%1&quot;; it holds the value shown after a refresh.</source>
        <translation>Casdoor aceptó el cambio pero no guardó el campo «%1»; contiene el valor que se muestra tras actualizar.</translation>
    </message>
    <message>
        <source>%1 Whether the application changed could not be checked: %2</source>
        <translation>%1 No se pudo comprobar si la aplicación cambió: %2</translation>
    </message>
    <message>
        <source>%1 Nothing was changed (read back from Casdoor).</source>
        <translation>%1 No se cambió nada (releído de Casdoor).</translation>
    </message>
    <message>
        <source>%1 The application in Casdoor now differs from before; refresh and check it.</source>
        <translation>%1 La aplicación en Casdoor ahora difiere de la anterior; actualice y revísela.</translation>
    </message>
    <message>
        <source>Casdoor did not delete the application &quot;%1&quot; (it may be gone already, or be app-built-in, which cannot be deleted).</source>
        <translation>Casdoor no eliminó la aplicación «%1» (puede que ya no exista, o que sea app-built-in, que no se puede eliminar).</translation>
    </message>
    <message>
        <source>Casdoor has no token %1.</source>
        <translation>Casdoor no tiene el token %1.</translation>
    </message>
    <message>
        <source>The token %1 is already expired in Casdoor.</source>
        <translation>El token %1 ya ha caducado en Casdoor.</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) expired; then Casdoor refused to expire %1: %2</source>
        <translation>
            <numerusform>%n token caducado; después Casdoor se negó a hacer caducar %1: %2</numerusform>
            <numerusform>%n tokens caducados; después Casdoor se negó a hacer caducar %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Casdoor did not expire the token %1.</source>
        <translation>Casdoor no hizo caducar el token %1.</translation>
    </message>
    <message>
        <source>Casdoor did not delete the token %1.</source>
        <translation>Casdoor no eliminó el token %1.</translation>
    </message>
    <message>
        <source>No consent has the id %1.</source>
        <translation>Ningún consentimiento tiene el ID %1.</translation>
    </message>
    <message>
        <source>Casdoor has no user %1.</source>
        <translation>Casdoor no tiene el usuario %1.</translation>
    </message>
    <message>
        <source>The consent %1 is already gone.</source>
        <translation>El consentimiento %1 ya no existe.</translation>
    </message>
    <message>
        <source>Casdoor did not change the user&apos;s consents.</source>
        <translation>Casdoor no cambió los consentimientos del usuario.</translation>
    </message>
    <message>
        <source>Casdoor cannot count filtered records; the list shows them.</source>
        <translation>Casdoor no puede contar registros filtrados; la lista los muestra.</translation>
    </message>
    <message>
        <source>Casdoor has no organization &quot;%1&quot;.</source>
        <translation>Casdoor no tiene la organización «%1».</translation>
    </message>
    <message>
        <source>Casdoor counts lifetimes in hours and gives new applications 168 hours (seven days) for access tokens. It accepts up to a year here; the console&apos;s own server allows at most one day, because a leaked access token works until it expires. Lower it unless your clients need it.</source>
        <translation>Casdoor cuenta la duración en horas y asigna a las aplicaciones nuevas 168 horas (siete días) para los tokens de acceso. Aquí acepta hasta un año; el servidor propio de la consola permite como máximo un día, porque un token de acceso filtrado sigue funcionando hasta que caduca. Redúzcala salvo que sus clientes la necesiten.</translation>
    </message>
</context>
<context>
    <name>mcpauth::CasdoorClient</name>
    <message>
        <source>Casdoor at %1 could not be reached: %2</source>
        <translation>No se pudo contactar con Casdoor en %1: %2</translation>
    </message>
    <message>
        <source>Casdoor refused the console&apos;s credentials (HTTP %1%2). Check the profile&apos;s client ID and the client secret in the keychain.</source>
        <translation>Casdoor rechazó las credenciales de la consola (HTTP %1%2). Compruebe el ID de cliente del perfil y el secreto de cliente en el llavero.</translation>
    </message>
    <message>
        <source>Casdoor&apos;s answer to %1 (HTTP %2) is not the JSON envelope Casdoor sends. Is %3 a Casdoor server?</source>
        <translation>La respuesta de Casdoor a %1 (HTTP %2) no es el sobre JSON que envía Casdoor. ¿Es %3 un servidor Casdoor?</translation>
    </message>
    <message>
        <source>Casdoor did not accept the console&apos;s client ID and secret (it answered &quot;%1&quot;). Casdoor ignores wrong credentials and treats the call as anonymous: check the profile&apos;s client ID and the client secret in the keychain.</source>
        <translation>Casdoor no aceptó el ID de cliente y el secreto de la consola (respondió «%1»). Casdoor ignora las credenciales erróneas y trata la llamada como anónima: compruebe el ID de cliente del perfil y el secreto de cliente en el llavero.</translation>
    </message>
    <message>
        <source>Casdoor refused %1: %2</source>
        <translation>Casdoor rechazó %1: %2</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(sin motivo)</translation>
    </message>
    <message>
        <source>Casdoor answered %1 with HTTP %2.</source>
        <translation>Casdoor respondió a %1 con HTTP %2.</translation>
    </message>
    <message>
        <source>Casdoor&apos;s page of %1 has no list or no total count; the server may be older than this console supports.</source>
        <translation>La página de %1 de Casdoor no tiene lista o no tiene total; puede que el servidor sea más antiguo de lo que admite esta consola.</translation>
    </message>
    <message>
        <source>Casdoor&apos;s list %1 has more than %2 pages; narrow it down.</source>
        <translation>La lista de Casdoor %1 tiene más de %2 páginas; acótela.</translation>
    </message>
</context>
<context>
    <name>mcpauth::ClientPage</name>
    <message>
        <source>Through mcp-remote, which Claude Desktop starts from claude_desktop_config.json.</source>
        <translation>A través de mcp-remote, que Claude Desktop inicia desde claude_desktop_config.json.</translation>
    </message>
    <message>
        <source>An http entry in ~/.claude.json, or the claude mcp add command.</source>
        <translation>Una entrada http en ~/.claude.json, o el comando claude mcp add.</translation>
    </message>
    <message>
        <source>An entry in ~/.cursor/mcp.json; Cursor signs in through its cursor:// link.</source>
        <translation>Una entrada en ~/.cursor/mcp.json; Cursor inicia sesión mediante su enlace cursor://.</translation>
    </message>
    <message>
        <source>An http server in VS Code&apos;s user mcp.json.</source>
        <translation>Un servidor http en el archivo mcp.json de usuario de VS Code.</translation>
    </message>
    <message>
        <source>A serverUrl entry in ~/.codeium/windsurf/mcp_config.json.</source>
        <translation>Una entrada serverUrl en ~/.codeium/windsurf/mcp_config.json.</translation>
    </message>
    <message>
        <source>The MCP Inspector&apos;s command line, to list the server&apos;s tools.</source>
        <translation>La línea de comandos de MCP Inspector, para listar las herramientas del servidor.</translation>
    </message>
    <message>
        <source>Any other MCP client: the console shows what to enter in its settings.</source>
        <translation>Cualquier otro cliente MCP: la consola muestra qué introducir en su configuración.</translation>
    </message>
    <message>
        <source>Which client do you want to connect?</source>
        <translation>¿Qué cliente desea conectar?</translation>
    </message>
    <message>
        <source>The wizard writes that client&apos;s configuration and creates what it needs on the authorization server.</source>
        <translation>El asistente escribe la configuración de ese cliente y crea lo que necesita en el servidor de autorización.</translation>
    </message>
</context>
<context>
    <name>mcpauth::ConfigPage</name>
    <message>
        <source>The client&apos;s configuration</source>
        <translation>La configuración del cliente</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Sistema operativo</translation>
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
        <translation>Nombre del servidor en el cliente</translation>
    </message>
    <message>
        <source>Configuration entry</source>
        <translation>Entrada de configuración</translation>
    </message>
    <message>
        <source>Code execution warning</source>
        <translation>Advertencia de ejecución de código</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Configuration file</source>
        <translation>Archivo de configuración</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>Choose the configuration file</source>
        <translation>Elegir el archivo de configuración</translation>
    </message>
    <message>
        <source>Changes to the file</source>
        <translation>Cambios en el archivo</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>E&amp;scribir</translation>
    </message>
    <message>
        <source>Write the configuration file</source>
        <translation>Escribir el archivo de configuración</translation>
    </message>
    <message>
        <source>Writes the file; the old one is kept beside it as a backup.</source>
        <translation>Escribe el archivo; el anterior se conserva a su lado como copia de seguridad.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy to the clipboard</source>
        <translation>Copiar al portapapeles</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Server &amp;name:</source>
        <translation>&amp;Nombre del servidor:</translation>
    </message>
    <message>
        <source>&amp;System:</source>
        <translation>Siste&amp;ma:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>&amp;Entry:</source>
        <translation>En&amp;trada:</translation>
    </message>
    <message>
        <source>&amp;Changes to the file:</source>
        <translation>Cam&amp;bios en el archivo:</translation>
    </message>
    <message>
        <source>What %1 needs to reach %2. Review the changes, then write the file or copy the text.</source>
        <translation>Lo que %1 necesita para llegar a %2. Revise los cambios y, a continuación, escriba el archivo o copie el texto.</translation>
    </message>
    <message>
        <source>MCP server URL: %1</source>
        <translation>URL del servidor MCP: %1</translation>
    </message>
    <message>
        <source>Client ID: %1</source>
        <translation>ID de cliente: %1</translation>
    </message>
    <message>
        <source>Client secret: none (public client, PKCE)</source>
        <translation>Secreto de cliente: ninguno (cliente público, PKCE)</translation>
    </message>
    <message>
        <source>Redirect URIs the application accepts: %1</source>
        <translation>URI de redirección que acepta la aplicación: %1</translation>
    </message>
    <message>
        <source>Scopes: %1</source>
        <translation>Ámbitos: %1</translation>
    </message>
    <message>
        <source>Could not make the configuration.</source>
        <translation>No se pudo generar la configuración.</translation>
    </message>
    <message>
        <source>⚠ Code execution: %1 runs this command with your privileges every time it starts. Writing the file approves it; check every word.</source>
        <translation>⚠ Ejecución de código: %1 ejecuta este comando con sus privilegios cada vez que se inicia. Escribir el archivo equivale a aprobarlo; revise cada palabra.</translation>
    </message>
    <message>
        <source>⚠ Code execution: this command downloads a package from npm and runs it with your privileges.</source>
        <translation>⚠ Ejecución de código: este comando descarga un paquete de npm y lo ejecuta con sus privilegios.</translation>
    </message>
    <message>
        <source>Run this command once in a terminal to add the server:</source>
        <translation>Ejecute este comando una vez en un terminal para añadir el servidor:</translation>
    </message>
    <message>
        <source>This client has no configuration file: run or copy the command.</source>
        <translation>Este cliente no tiene archivo de configuración: ejecute o copie el comando.</translation>
    </message>
    <message>
        <source>The configuration for another system is shown to copy; only this computer&apos;s files are written.</source>
        <translation>La configuración para otro sistema se muestra para copiarla; solo se escriben los archivos de este equipo.</translation>
    </message>
    <message>
        <source>Could not prepare the file.</source>
        <translation>No se pudo preparar el archivo.</translation>
    </message>
    <message>
        <source>%1 already holds this entry: nothing to write.</source>
        <translation>%1 ya contiene esta entrada: no hay nada que escribir.</translation>
    </message>
    <message>
        <source>Writing replaces the entry “%1” in %2.</source>
        <translation>Al escribir se reemplaza la entrada «%1» en %2.</translation>
    </message>
    <message>
        <source>Writing adds the entry “%1” to %2; everything else stays.</source>
        <translation>Al escribir se añade la entrada «%1» a %2; todo lo demás se mantiene.</translation>
    </message>
    <message>
        <source>Writing creates %1.</source>
        <translation>Al escribir se crea %1.</translation>
    </message>
    <message>
        <source>Could not write the configuration.</source>
        <translation>No se pudo escribir la configuración.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Se escribió %1.</translation>
    </message>
    <message>
        <source>Wrote %1; the old file is kept as %2.</source>
        <translation>Se escribió %1; el archivo anterior se conserva como %2.</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Archivos JSON (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Copiado al portapapeles.</translation>
    </message>
</context>
<context>
    <name>mcpauth::ConnectionProfilesDialog</name>
    <message>
        <source>Connection Profiles</source>
        <translation>Perfiles de conexión</translation>
    </message>
    <message>
        <source>Saved profiles</source>
        <translation>Perfiles guardados</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>E&amp;liminar</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nombre del perfil</translation>
    </message>
    <message>
        <source>Backend kind</source>
        <translation>Tipo de backend</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>Open this profile when the console starts</source>
        <translation>Abrir este perfil al iniciar la consola</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>&amp;ID de cliente:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>No&amp;mbre:</translation>
    </message>
    <message>
        <source>&amp;Backend:</source>
        <translation>&amp;Backend:</translation>
    </message>
    <message>
        <source>What this backend can do</source>
        <translation>Qué puede hacer este backend</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>What this backend can do:</source>
        <translation>Qué puede hacer este backend:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (predeterminado)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Comprobando el llavero…</translation>
    </message>
    <message>
        <source>Saved; type to replace it</source>
        <translation>Guardado; escriba para sustituirlo</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Aún no guardado</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Eliminar el perfil</translation>
    </message>
    <message>
        <source>Delete the profile &apos;%1&apos; and its saved secret? The backend itself is not changed.</source>
        <translation>¿Eliminar el perfil &apos;%1&apos; y su secreto guardado? El backend en sí no se modifica.</translation>
    </message>
    <message>
        <source>Store &amp;file:</source>
        <translation>&amp;Archivo del almacén:</translation>
    </message>
    <message>
        <source>/home/you/.local/share/mcp-auth/store.sqlite</source>
        <translation>/home/you/.local/share/mcp-auth/store.sqlite</translation>
    </message>
    <message>
        <source>Database &amp;URL:</source>
        <translation>&amp;URL de la base de datos:</translation>
    </message>
    <message>
        <source>Casdoor &amp;URL:</source>
        <translation>&amp;URL de Casdoor:</translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation>&amp;Emisor:</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in a file.</source>
        <translation>Se guarda en el llavero del sistema, nunca en un archivo.</translation>
    </message>
    <message>
        <source>No keychain is available (%1). The secret will be kept for this session only and asked for again next time.</source>
        <translation>No hay ningún llavero disponible (%1). El secreto se conservará solo durante esta sesión y se volverá a pedir la próxima vez.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No: %1</source>
        <translation>No: %1</translation>
    </message>
    <message>
        <source>Choose the store file</source>
        <translation>Elegir el archivo del almacén</translation>
    </message>
    <message>
        <source>SQLite stores (*.sqlite *.db)</source>
        <translation>Almacenes SQLite (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>The secret could not be saved: %1</source>
        <translation>No se pudo guardar el secreto: %1</translation>
    </message>
    <message>
        <source>Saved in the system keychain.</source>
        <translation>Guardado en el llavero del sistema.</translation>
    </message>
    <message>
        <source>No keychain is available (%1). The secret is kept for this session only and will be asked for again next time.</source>
        <translation>No hay ningún llavero disponible (%1). El secreto se conserva solo durante esta sesión y se volverá a pedir la próxima vez.</translation>
    </message>
</context>
<context>
    <name>mcpauth::ConnectionWizard</name>
    <message>
        <source>New Connection</source>
        <translation>Nueva conexión</translation>
    </message>
    <message>
        <source>New connection wizard</source>
        <translation>Asistente de nueva conexión</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Finalizar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Confirmar</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
</context>
<context>
    <name>mcpauth::ConnectionsPage</name>
    <message>
        <source>Connections</source>
        <translation>Conexiones</translation>
    </message>
    <message>
        <source>Connect Claude Desktop, Claude Code, Cursor, VS Code, Windsurf or the MCP Inspector step by step, or inspect any MCP server below.</source>
        <translation>Conecte Claude Desktop, Claude Code, Cursor, VS Code, Windsurf o MCP Inspector paso a paso, o inspeccione abajo cualquier servidor MCP.</translation>
    </message>
    <message>
        <source>New &amp;Connection…</source>
        <translation>Nueva &amp;conexión…</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Nueva conexión</translation>
    </message>
    <message>
        <source>Open the connection wizard (Ctrl+Shift+N).</source>
        <translation>Abrir el asistente de conexión (Ctrl+Shift+N).</translation>
    </message>
</context>
<context>
    <name>mcpauth::ConsentTableModel</name>
    <message>
        <source>Revoked %1</source>
        <translation>Revocado el %1</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>En vigor</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Recurso</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Ámbitos</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Concedido</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>mcpauth::ConsentsPage</name>
    <message>
        <source>User filter</source>
        <translation>Filtro de usuario</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Application filter</source>
        <translation>Filtro de aplicación</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Application:</source>
        <translation>&amp;Aplicación:</translation>
    </message>
    <message>
        <source>Show &amp;revoked</source>
        <translation>Mostrar re&amp;vocados</translation>
    </message>
    <message>
        <source>Filter consents</source>
        <translation>Filtrar consentimientos</translation>
    </message>
    <message>
        <source>Filter by resource or scope (Ctrl+F)</source>
        <translation>Filtrar por recurso o ámbito (Ctrl+F)</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentimientos</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Revocar</translation>
    </message>
    <message>
        <source>Revoke the selected consents (Delete): the application must ask the user again</source>
        <translation>Revocar los consentimientos seleccionados (Supr): la aplicación deberá volver a preguntar al usuario</translation>
    </message>
    <message>
        <source>Could not load the consents</source>
        <translation>No se pudieron cargar los consentimientos</translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s)</source>
        <translation>
            <numerusform>%n consentimiento</numerusform>
            <numerusform>%n consentimientos</numerusform>
        </translation>
    </message>
    <message>
        <source>%1&apos;s consent to %2 on %3</source>
        <translation>Consentimiento de %1 para %2 en %3</translation>
    </message>
    <message>
        <source>Revoke %1?

The application must ask the user again the next time it signs in; tokens already issued stay valid until they expire or are revoked.</source>
        <translation>¿Revocar el %1?

La aplicación deberá volver a preguntar al usuario la próxima vez que inicie sesión; los tokens ya emitidos siguen siendo válidos hasta que caduquen o se revoquen.</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n consent(s)?

Each application must ask its user again the next time it signs in; tokens already issued stay valid until they expire or are revoked.</source>
        <translation>
            <numerusform>¿Revocar %n consentimiento?

La aplicación deberá volver a preguntar a su usuario la próxima vez que inicie sesión; los tokens ya emitidos siguen siendo válidos hasta que caduquen o se revoquen.</numerusform>
            <numerusform>¿Revocar %n consentimientos?

Cada aplicación deberá volver a preguntar a su usuario la próxima vez que inicie sesión; los tokens ya emitidos siguen siendo válidos hasta que caduquen o se revoquen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke consents</source>
        <translation>Revocar consentimientos</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n consent(s)</source>
        <translation>
            <numerusform>Revocar %n consentimiento</numerusform>
            <numerusform>Revocar %n consentimientos</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not revoke the consent</source>
        <translation>No se pudo revocar el consentimiento</translation>
    </message>
    <message>
        <source>Consent revoked.</source>
        <translation>Consentimiento revocado.</translation>
    </message>
</context>
<context>
    <name>mcpauth::DifferenceNote</name>
    <message>
        <source>About this server</source>
        <translation>Acerca de este servidor</translation>
    </message>
</context>
<context>
    <name>mcpauth::EventDetailsWidget</name>
    <message>
        <source>Message bodies as a JSON tree</source>
        <translation>Cuerpos de los mensajes como árbol JSON</translation>
    </message>
    <message>
        <source>Raw exchange</source>
        <translation>Intercambio sin procesar</translation>
    </message>
    <message>
        <source>Decoded tokens</source>
        <translation>Tokens decodificados</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Encabezados</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Sin procesar</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Tiempos</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Tokens, codes and secrets were masked when they were recorded and cannot be shown; a token&apos;s decoded claims are under Tokens.</source>
        <translation>Los tokens, códigos y secretos se enmascararon al registrarse y no se pueden mostrar; las notificaciones (claims) decodificadas de un token están en Tokens.</translation>
    </message>
    <message>
        <source>Select a message to see it in full.</source>
        <translation>Seleccione un mensaje para verlo completo.</translation>
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
        <translation>cuerpo de la solicitud</translation>
    </message>
    <message>
        <source>response body</source>
        <translation>cuerpo de la respuesta</translation>
    </message>
    <message>
        <source>access token claims</source>
        <translation>notificaciones del token de acceso</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviado</translation>
    </message>
    <message>
        <source>received</source>
        <translation>recibido</translation>
    </message>
    <message>
        <source>Step: %1</source>
        <translation>Paso: %1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Inicio: %1</translation>
    </message>
    <message>
        <source>Duration: %1 ms</source>
        <translation>Duración: %1 ms</translation>
    </message>
    <message>
        <source>Waiting for the first byte: %1 ms</source>
        <translation>Espera del primer byte: %1 ms</translation>
    </message>
    <message>
        <source>Protocol: %1</source>
        <translation>Protocolo: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
    <message>
        <source>No JWT in this message.</source>
        <translation>No hay ningún JWT en este mensaje.</translation>
    </message>
    <message>
        <source>Access token (decoded by the flow engine, not verified):</source>
        <translation>Token de acceso (decodificado por el motor del flujo, sin verificar):</translation>
    </message>
    <message>
        <source>JWT found in the message (not verified):</source>
        <translation>JWT encontrado en el mensaje (sin verificar):</translation>
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
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Escribiendo %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written…</source>
        <translation>
            <numerusform>%n fila escrita…</numerusform>
            <numerusform>%n filas escritas…</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Se canceló la exportación; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>The export failed</source>
        <translation>Error en la exportación</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Se exportó %n fila a %1.</numerusform>
            <numerusform>Se exportaron %n filas a %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mcpauth::FindingsPanel</name>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>Finding details</source>
        <translation>Detalles del hallazgo</translation>
    </message>
    <message>
        <source>Apply the fix</source>
        <translation>Aplicar la corrección</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Add this redirect URI to %1…</source>
        <translation>Añadir este URI de redirección a %1…</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Findings appear here when a run ends: what went wrong, the evidence and the fix.</source>
        <translation>Los hallazgos aparecen aquí cuando termina una ejecución: qué falló, las pruebas y la corrección.</translation>
    </message>
    <message>
        <source>No findings: nothing in this run breaks the specification or looks wrong.</source>
        <translation>Sin hallazgos: nada en esta ejecución incumple la especificación ni parece incorrecto.</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n hallazgo</numerusform>
            <numerusform>%n hallazgos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n advertencia</numerusform>
            <numerusform>%n advertencias</numerusform>
        </translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Esperado</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Real</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Corrección:</translation>
    </message>
    <message>
        <source>Specification:</source>
        <translation>Especificación:</translation>
    </message>
    <message>
        <source>Asks before changing anything.</source>
        <translation>Pregunta antes de cambiar nada.</translation>
    </message>
</context>
<context>
    <name>mcpauth::FirstStartDialog</name>
    <message>
        <source>Welcome to MCP Auth Console</source>
        <translation>Bienvenido a MCP Auth Console</translation>
    </message>
    <message>
        <source>The local store is empty. How would you like to start?</source>
        <translation>El almacén local está vacío. ¿Cómo desea empezar?</translation>
    </message>
    <message>
        <source>Create demo data</source>
        <translation>Crear datos de demostración</translation>
    </message>
    <message>
        <source>An organization, the built-in MCP server with its scopes, applications for Claude Desktop, Claude Code, Cursor and VS Code, and an administrator whose password is shown once.</source>
        <translation>Una organización, el servidor MCP integrado con sus ámbitos, aplicaciones para Claude Desktop, Claude Code, Cursor y VS Code, y un administrador cuya contraseña se muestra una sola vez.</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>Empezar vacío</translation>
    </message>
    <message>
        <source>Create your organization, resources and applications yourself.</source>
        <translation>Cree usted mismo su organización, recursos y aplicaciones.</translation>
    </message>
    <message>
        <source>Connect to a remote backend</source>
        <translation>Conectarse a un backend remoto</translation>
    </message>
    <message>
        <source>Manage Casdoor or another standards-based authorization server through a connection profile.</source>
        <translation>Administrar Casdoor u otro servidor de autorización basado en estándares mediante un perfil de conexión.</translation>
    </message>
</context>
<context>
    <name>mcpauth::IdentityPage</name>
    <message>
        <source>How does the client identify itself?</source>
        <translation>¿Cómo se identifica el cliente?</translation>
    </message>
    <message>
        <source>&amp;Create an application for it, named:</source>
        <translation>&amp;Crear una aplicación para él, con el nombre:</translation>
    </message>
    <message>
        <source>Create an application</source>
        <translation>Crear una aplicación</translation>
    </message>
    <message>
        <source>Name of the new application</source>
        <translation>Nombre de la nueva aplicación</translation>
    </message>
    <message>
        <source>&amp;Reuse an existing application:</source>
        <translation>&amp;Reutilizar una aplicación existente:</translation>
    </message>
    <message>
        <source>Reuse an existing application</source>
        <translation>Reutilizar una aplicación existente</translation>
    </message>
    <message>
        <source>Existing application</source>
        <translation>Aplicación existente</translation>
    </message>
    <message>
        <source>Let the client &amp;register itself</source>
        <translation>Dejar que el cliente se re&amp;gistre por sí mismo</translation>
    </message>
    <message>
        <source>Let the client register itself</source>
        <translation>Dejar que el cliente se registre por sí mismo</translation>
    </message>
    <message>
        <source>What the client will use</source>
        <translation>Lo que usará el cliente</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>%1 needs a client ID on %2&apos;s authorization server (%3).</source>
        <translation>%1 necesita un ID de cliente en el servidor de autorización de %2 (%3).</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>The authorization server offers neither dynamic registration nor client ID metadata documents.</source>
        <translation>El servidor de autorización no ofrece registro dinámico ni documentos de metadatos de ID de cliente.</translation>
    </message>
    <message>
        <source>Could not list the applications.</source>
        <translation>No se pudieron listar las aplicaciones.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A public client (no secret, PKCE required) with these redirect URIs, from the %1 template:</source>
        <translation>Un cliente público (sin secreto, PKCE obligatorio) con estos URI de redirección, de la plantilla %1:</translation>
    </message>
    <message>
        <source>Allowed scopes: %1</source>
        <translation>Ámbitos permitidos: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>It is created on %1 when you click Next.</source>
        <translation>Se crea en %1 al hacer clic en Siguiente.</translation>
    </message>
    <message>
        <source>Client ID: %1</source>
        <translation>ID de cliente: %1</translation>
    </message>
    <message>
        <source>Registered redirect URIs:</source>
        <translation>URI de redirección registrados:</translation>
    </message>
    <message>
        <source>Warning: %1 may send a redirect URI this application does not list: %2</source>
        <translation>Advertencia: %1 puede enviar un URI de redirección que esta aplicación no incluye: %2</translation>
    </message>
    <message>
        <source>Creating the application %1…</source>
        <translation>Creando la aplicación %1…</translation>
    </message>
    <message>
        <source>Could not create the application.</source>
        <translation>No se pudo crear la aplicación.</translation>
    </message>
    <message>
        <source>Created the application %1 with the client ID %2.</source>
        <translation>Se creó la aplicación %1 con el ID de cliente %2.</translation>
    </message>
</context>
<context>
    <name>mcpauth::InspectorWidget</name>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>en ejecución…</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>correcto</translation>
    </message>
    <message>
        <source>ok, with warnings</source>
        <translation>correcto, con advertencias</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>error</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>omitido</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>no alcanzado</translation>
    </message>
    <message>
        <source>Step timeline</source>
        <translation>Cronología de pasos</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Filter messages</source>
        <translation>Filtrar mensajes</translation>
    </message>
    <message>
        <source>Filter messages (URL, method, body, status…)</source>
        <translation>Filtrar mensajes (URL, método, cuerpo, estado…)</translation>
    </message>
    <message>
        <source>Kind of message</source>
        <translation>Tipo de mensaje</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Todos los tipos</translation>
    </message>
    <message>
        <source>Status of message</source>
        <translation>Estado del mensaje</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Errors and failures</source>
        <translation>Errores y fallos</translation>
    </message>
    <message>
        <source>Successes</source>
        <translation>Correctos</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>+%1 ms</source>
        <translation>+%1 ms</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>Call a tool</source>
        <translation>Llamar a una herramienta</translation>
    </message>
    <message>
        <source>Re-send…</source>
        <translation>Reenviar…</translation>
    </message>
    <message>
        <source>Fixes are applied only to the local authorization server; this window is connected to %1.</source>
        <translation>Las correcciones solo se aplican al servidor de autorización local; esta ventana está conectada a %1.</translation>
    </message>
    <message>
        <source>No backend to apply fixes to.</source>
        <translation>No hay ningún backend al que aplicar correcciones.</translation>
    </message>
    <message>
        <source>MCP server URL</source>
        <translation>URL del servidor MCP</translation>
    </message>
    <message>
        <source>https://mcp.example.com/mcp</source>
        <translation>https://mcp.example.com/mcp</translation>
    </message>
    <message>
        <source>How to authorize</source>
        <translation>Cómo autorizar</translation>
    </message>
    <message>
        <source>System browser</source>
        <translation>Navegador del sistema</translation>
    </message>
    <message>
        <source>Headless (server approves without a person)</source>
        <translation>Sin interfaz (el servidor aprueba sin intervención de una persona)</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID de cliente</translation>
    </message>
    <message>
        <source>empty: register dynamically</source>
        <translation>vacío: registrar dinámicamente</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secreto de cliente</translation>
    </message>
    <message>
        <source>only for a confidential client; never saved</source>
        <translation>solo para un cliente confidencial; nunca se guarda</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Concesión</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automática</translation>
    </message>
    <message>
        <source>Authorization code (a user signs in)</source>
        <translation>Código de autorización (un usuario inicia sesión)</translation>
    </message>
    <message>
        <source>Client credentials (a service, no user)</source>
        <translation>Credenciales de cliente (un servicio, sin usuario)</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Ámbitos</translation>
    </message>
    <message>
        <source>empty: what the server asks for</source>
        <translation>vacío: lo que pida el servidor</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ejecutar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Abrir…</translation>
    </message>
    <message>
        <source>Open a saved transcript (JSON) to inspect it offline.</source>
        <translation>Abrir una transcripción guardada (JSON) para inspeccionarla sin conexión.</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>Exportar JSON…</translation>
    </message>
    <message>
        <source>Save the transcript, secrets masked, to open it again here or share it.</source>
        <translation>Guardar la transcripción, con los secretos enmascarados, para volver a abrirla aquí o compartirla.</translation>
    </message>
    <message>
        <source>Export HAR…</source>
        <translation>Exportar HAR…</translation>
    </message>
    <message>
        <source>Save the HTTP exchanges as HAR 1.2, for browser developer tools.</source>
        <translation>Guardar los intercambios HTTP como HAR 1.2, para las herramientas de desarrollo del navegador.</translation>
    </message>
    <message>
        <source>MCP server &amp;URL:</source>
        <translation>&amp;URL del servidor MCP:</translation>
    </message>
    <message>
        <source>&amp;Authorize with:</source>
        <translation>&amp;Autorizar con:</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>&amp;ID de cliente:</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Secreto:</translation>
    </message>
    <message>
        <source>&amp;Grant:</source>
        <translation>&amp;Concesión:</translation>
    </message>
    <message>
        <source>S&amp;copes:</source>
        <translation>Á&amp;mbitos:</translation>
    </message>
    <message>
        <source>Open transcript</source>
        <translation>Abrir transcripción</translation>
    </message>
    <message>
        <source>Transcripts (*.json)</source>
        <translation>Transcripciones (*.json)</translation>
    </message>
    <message>
        <source>Could not open the transcript.</source>
        <translation>No se pudo abrir la transcripción.</translation>
    </message>
    <message>
        <source>Export transcript</source>
        <translation>Exportar transcripción</translation>
    </message>
    <message>
        <source>Could not save the transcript.</source>
        <translation>No se pudo guardar la transcripción.</translation>
    </message>
    <message>
        <source>Transcript saved to %1.</source>
        <translation>Transcripción guardada en %1.</translation>
    </message>
    <message>
        <source>Export HAR</source>
        <translation>Exportar HAR</translation>
    </message>
    <message>
        <source>HAR files (*.har)</source>
        <translation>Archivos HAR (*.har)</translation>
    </message>
    <message>
        <source>Could not save the HAR file.</source>
        <translation>No se pudo guardar el archivo HAR.</translation>
    </message>
    <message>
        <source>HAR saved to %1.</source>
        <translation>HAR guardado en %1.</translation>
    </message>
    <message>
        <source>Enter the URL of the MCP server.</source>
        <translation>Introduzca la URL del servidor MCP.</translation>
    </message>
    <message>
        <source>The MCP server URL must start with https:// (or http:// for this computer).</source>
        <translation>La URL del servidor MCP debe empezar por https:// (o http:// para este equipo).</translation>
    </message>
    <message>
        <source>A client secret needs its client ID.</source>
        <translation>Un secreto de cliente necesita su ID de cliente.</translation>
    </message>
    <message>
        <source>The client credentials grant needs a pre-registered client ID and secret.</source>
        <translation>La concesión de credenciales de cliente necesita un ID de cliente y un secreto registrados previamente.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1: the server lists %n tool(s).</source>
        <translation>
            <numerusform>Conectado a %1: el servidor ofrece %n herramienta.</numerusform>
            <numerusform>Conectado a %1: el servidor ofrece %n herramientas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Failed at “%1”: %2</source>
        <translation>Error en «%1»: %2</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Error: %1</translation>
    </message>
    <message>
        <source>Called the tool %1; its answer is selected below.</source>
        <translation>Se llamó a la herramienta %1; su respuesta está seleccionada abajo.</translation>
    </message>
    <message>
        <source>The authorization server&apos;s sign-in page has the scheme “%1”, which the console does not open: %2</source>
        <translation>La página de inicio de sesión del servidor de autorización usa el esquema «%1», que la consola no abre: %2</translation>
    </message>
    <message>
        <source>Could not open a browser. Open this address yourself to sign in: %1</source>
        <translation>No se pudo abrir un navegador. Abra usted mismo esta dirección para iniciar sesión: %1</translation>
    </message>
    <message>
        <source>Sign in and approve in your browser; the inspector waits for the callback.</source>
        <translation>Inicie sesión y apruebe en su navegador; el inspector espera la devolución de llamada.</translation>
    </message>
    <message>
        <source>Clients that use this application may then be sent to this address after signing in.</source>
        <translation>Los clientes que usan esta aplicación podrán ser enviados a esta dirección después de iniciar sesión.</translation>
    </message>
    <message>
        <source>The port is left out: this computer&apos;s address then matches on any port, as the callback port changes from run to run.</source>
        <translation>Se omite el puerto: la dirección de este equipo coincide entonces con cualquier puerto, ya que el puerto de devolución de llamada cambia en cada ejecución.</translation>
    </message>
    <message>
        <source>Add the redirect URI?</source>
        <translation>¿Añadir el URI de redirección?</translation>
    </message>
    <message>
        <source>Add %1 to the redirect URIs of the application %2 in %3?</source>
        <translation>¿Añadir %1 a los URI de redirección de la aplicación %2 en %3?</translation>
    </message>
    <message>
        <source>Could not find the application in this backend.</source>
        <translation>No se encontró la aplicación en este backend.</translation>
    </message>
    <message>
        <source>Could not add the redirect URI.</source>
        <translation>No se pudo añadir el URI de redirección.</translation>
    </message>
    <message>
        <source>Added %1 to the application %2. Run again to check the fix.</source>
        <translation>Se añadió %1 a la aplicación %2. Vuelva a ejecutar para comprobar la corrección.</translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation>&amp;Volver a ejecutar</translation>
    </message>
    <message>
        <source>Cancel the running connection first.</source>
        <translation>Cancele primero la conexión en curso.</translation>
    </message>
    <message>
        <source>from the saved transcript</source>
        <translation>de la transcripción guardada</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1 offline: %n message(s); the diagnosis reads only the transcript.</source>
        <translation>
            <numerusform>%1 abierto sin conexión: %n mensaje; el diagnóstico solo lee la transcripción.</numerusform>
            <numerusform>%1 abierto sin conexión: %n mensajes; el diagnóstico solo lee la transcripción.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit the selected JSON-RPC request and send it again.</source>
        <translation>Editar la solicitud JSON-RPC seleccionada y volver a enviarla.</translation>
    </message>
    <message>
        <source>Sent %1; its answer is selected below.</source>
        <translation>Se envió %1; su respuesta está seleccionada abajo.</translation>
    </message>
</context>
<context>
    <name>mcpauth::JsonTreeModel</name>
    <message numerus="yes">
        <source>{%n member(s)}</source>
        <translation>
            <numerusform>{%n miembro}</numerusform>
            <numerusform>{%n miembros}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n elemento]</numerusform>
            <numerusform>[%n elementos]</numerusform>
        </translation>
    </message>
    <message>
        <source>object</source>
        <translation>objeto</translation>
    </message>
    <message>
        <source>array</source>
        <translation>matriz</translation>
    </message>
    <message>
        <source>string</source>
        <translation>cadena</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>booleano</translation>
    </message>
    <message>
        <source>number</source>
        <translation>número</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
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
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menú</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>In every list, Enter opens the selected item and Delete deletes it; in dialogs, Tab moves to the next field and Escape closes. Alt with the underlined letter reaches a menu or a field.</source>
        <translation>En cada lista, Intro abre el elemento seleccionado y Supr lo elimina; en los cuadros de diálogo, Tab pasa al campo siguiente y Esc cierra. Alt con la letra subrayada lleva a un menú o a un campo.</translation>
    </message>
</context>
<context>
    <name>mcpauth::LocalBackend</name>
    <message>
        <source>Local PostgreSQL: %1</source>
        <translation>PostgreSQL local: %1</translation>
    </message>
    <message>
        <source>Local SQLite: %1</source>
        <translation>SQLite local: %1</translation>
    </message>
    <message>
        <source>The local store keeps every token&apos;s record for the audit trail; revoke the token instead.</source>
        <translation>El almacén local conserva el registro de cada token para la pista de auditoría; revoque el token en su lugar.</translation>
    </message>
</context>
<context>
    <name>mcpauth::LocalStoreWorker</name>
    <message>
        <source>The store is not open.</source>
        <translation>El almacén no está abierto.</translation>
    </message>
    <message>
        <source>The store is closed.</source>
        <translation>El almacén está cerrado.</translation>
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
        <translation>Navegación</translation>
    </message>
    <message>
        <source>Local server: not running</source>
        <translation>Servidor local: detenido</translation>
    </message>
    <message>
        <source>Could not connect to &apos;%1&apos;</source>
        <translation>No se pudo conectar a &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Connecting to &apos;%1&apos;…</source>
        <translation>Conectando a &apos;%1&apos;…</translation>
    </message>
    <message>
        <source>Connected to &apos;%1&apos;.</source>
        <translation>Conectado a &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>No secret is saved for this profile. Open File &gt; Connection Profiles and enter it (%1).</source>
        <translation>No hay ningún secreto guardado para este perfil. Abra Archivo &gt; Perfiles de conexión e introdúzcalo (%1).</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Aplicaciones</translation>
    </message>
    <message>
        <source>Resources &amp; Scopes</source>
        <translation>Recursos y ámbitos</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentimientos</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Signing keys</source>
        <translation>Claves de firma</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Conexiones</translation>
    </message>
    <message>
        <source>This view is not part of this build yet; the command-line tool &apos;mcp-auth&apos; covers it.</source>
        <translation>Esta vista aún no forma parte de esta compilación; la herramienta de línea de comandos &apos;mcp-auth&apos; la cubre.</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Sesión iniciada como %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Eliminar…</translation>
    </message>
    <message>
        <source>Connection &amp;Profiles…</source>
        <translation>&amp;Perfiles de conexión…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;About MCP Auth Console</source>
        <translation>&amp;Acerca de MCP Auth Console</translation>
    </message>
    <message>
        <source>About MCP Auth Console</source>
        <translation>Acerca de MCP Auth Console</translation>
    </message>
    <message>
        <source>&lt;b&gt;MCP Auth Console&lt;/b&gt; %1&lt;br&gt;Administration of OAuth 2.1 for MCP servers.</source>
        <translation>&lt;b&gt;MCP Auth Console&lt;/b&gt; %1&lt;br&gt;Administración de OAuth 2.1 para servidores MCP.</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>The local server did not start: %1</source>
        <translation>El servidor local no se inició: %1</translation>
    </message>
    <message>
        <source>Local server: starting…</source>
        <translation>Servidor local: iniciando…</translation>
    </message>
    <message>
        <source>Local server: %1 — running</source>
        <translation>Servidor local: %1 — en ejecución</translation>
    </message>
    <message>
        <source>MCP endpoint: %1
Signing keys are encrypted with a key from %2.</source>
        <translation>Endpoint MCP: %1
Las claves de firma se cifran con una clave de %2.</translation>
    </message>
    <message>
        <source>Local server: port %1 in use</source>
        <translation>Servidor local: puerto %1 en uso</translation>
    </message>
    <message>
        <source>Local server: not running (error)</source>
        <translation>Servidor local: detenido (error)</translation>
    </message>
    <message>
        <source>Creating demo data…</source>
        <translation>Creando datos de demostración…</translation>
    </message>
    <message>
        <source>Could not create the demo data: %1</source>
        <translation>No se pudieron crear los datos de demostración: %1</translation>
    </message>
    <message>
        <source>Demo data created.</source>
        <translation>Datos de demostración creados.</translation>
    </message>
    <message>
        <source>Demo data created</source>
        <translation>Datos de demostración creados</translation>
    </message>
    <message>
        <source>The demo organization &apos;%1&apos; is ready, with the built-in MCP server at %2.</source>
        <translation>La organización de demostración &apos;%1&apos; está lista, con el servidor MCP integrado en %2.</translation>
    </message>
    <message>
        <source>Sign in to the local server&apos;s login page as &apos;%1&apos; with this password, shown only now:

%2</source>
        <translation>Inicie sesión en la página de inicio de sesión del servidor local como &apos;%1&apos; con esta contraseña, que solo se muestra ahora:

%2</translation>
    </message>
    <message>
        <source>New &amp;Connection…</source>
        <translation>Nueva &amp;conexión…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>Abrir la carpeta de &amp;registros</translation>
    </message>
</context>
<context>
    <name>mcpauth::OAuthRequest</name>
    <message>
        <source>Could not get an answer from %1: %2</source>
        <translation>No se obtuvo respuesta de %1: %2</translation>
    </message>
    <message>
        <source>%1 refused the console&apos;s credentials (%2).</source>
        <translation>%1 rechazó las credenciales de la consola (%2).</translation>
    </message>
    <message>
        <source>%1 refused the console&apos;s credentials (%2): %3.</source>
        <translation>%1 rechazó las credenciales de la consola (%2): %3.</translation>
    </message>
    <message>
        <source>%1 answered %2: there is no such thing there.</source>
        <translation>%1 respondió %2: no existe tal elemento allí.</translation>
    </message>
    <message>
        <source>%1 answered %2: %3.</source>
        <translation>%1 respondió %2: %3.</translation>
    </message>
    <message>
        <source>%1 refused the request: %2.</source>
        <translation>%1 rechazó la solicitud: %2.</translation>
    </message>
    <message>
        <source>%1 answered %2.</source>
        <translation>%1 respondió %2.</translation>
    </message>
    <message>
        <source>%1 answered with %2 instead of JSON; is the address the server&apos;s?</source>
        <translation>%1 respondió con %2 en lugar de JSON; ¿es la dirección la del servidor?</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>sin tipo de contenido</translation>
    </message>
    <message>
        <source>%1 answered with malformed JSON (%2 at byte %3).</source>
        <translation>%1 respondió con JSON mal formado (%2 en el byte %3).</translation>
    </message>
    <message>
        <source>%1 answered with JSON that is not an object.</source>
        <translation>%1 respondió con JSON que no es un objeto.</translation>
    </message>
</context>
<context>
    <name>mcpauth::OAuthServerBackend</name>
    <message>
        <source>Standards-based server: %1</source>
        <translation>Servidor basado en estándares: %1</translation>
    </message>
    <message>
        <source>The server publishes no registration_endpoint (RFC 7591), so clients cannot be registered from the console.</source>
        <translation>El servidor no publica ningún registration_endpoint (RFC 7591), por lo que no se pueden registrar clientes desde la consola.</translation>
    </message>
    <message>
        <source>The server publishes no introspection_endpoint (RFC 7662), so tokens cannot be looked up.</source>
        <translation>El servidor no publica ningún introspection_endpoint (RFC 7662), por lo que no se pueden consultar tokens.</translation>
    </message>
    <message>
        <source>The server publishes no revocation_endpoint (RFC 7009), so tokens cannot be revoked from the console.</source>
        <translation>El servidor no publica ningún revocation_endpoint (RFC 7009), por lo que no se pueden revocar tokens desde la consola.</translation>
    </message>
    <message>
        <source>Not connected to %1 yet.</source>
        <translation>Aún no hay conexión con %1.</translation>
    </message>
    <message>
        <source>No authorization server metadata was found for %1 (RFC 8414 or OpenID Connect Discovery).</source>
        <translation>No se encontraron metadatos de servidor de autorización para %1 (RFC 8414 u OpenID Connect Discovery).</translation>
    </message>
    <message>
        <source>the metadata document %1</source>
        <translation>el documento de metadatos %1</translation>
    </message>
    <message>
        <source>The metadata at %1 is not usable: %2</source>
        <translation>Los metadatos de %1 no se pueden usar: %2</translation>
    </message>
    <message>
        <source>the introspection endpoint</source>
        <translation>el endpoint de introspección</translation>
    </message>
    <message>
        <source>Check the client id (%1) and secret of the connection profile.</source>
        <translation>Compruebe el ID de cliente (%1) y el secreto del perfil de conexión.</translation>
    </message>
    <message>
        <source>the registration of client %1</source>
        <translation>el registro del cliente %1</translation>
    </message>
    <message>
        <source>This console registered no client named &apos;%1&apos; at %2. It can only know the clients it registered itself: the standards have no way to list a server&apos;s clients.</source>
        <translation>Esta consola no registró ningún cliente llamado &apos;%1&apos; en %2. Solo puede conocer los clientes que registró ella misma: los estándares no permiten listar los clientes de un servidor.</translation>
    </message>
    <message>
        <source>the registration endpoint</source>
        <translation>el endpoint de registro</translation>
    </message>
    <message>
        <source>The registration endpoint answered without a client_id (RFC 7591 section 3.2.1).</source>
        <translation>El endpoint de registro respondió sin client_id (RFC 7591, sección 3.2.1).</translation>
    </message>
    <message>
        <source>The server registered client %1 but gave no registration access token or registration_client_uri (RFC 7592), so the console cannot read, change or delete it.</source>
        <translation>El servidor registró el cliente %1, pero no proporcionó un token de acceso de registro ni un registration_client_uri (RFC 7592), por lo que la consola no puede leerlo, cambiarlo ni eliminarlo.</translation>
    </message>
    <message>
        <source>The server accepted the update, but it could not be read back to check it.</source>
        <translation>El servidor aceptó la actualización, pero no se pudo volver a leer para comprobarla.</translation>
    </message>
    <message>
        <source>The server accepted the update of %1 but, read back, holds other values for: %2. It may not support them; see the application as it is now.</source>
        <translation>El servidor aceptó la actualización de %1 pero, al volver a leerla, tiene otros valores para: %2. Puede que no los admita; consulte la aplicación tal como está ahora.</translation>
    </message>
    <message>
        <source>The registration could not be read back to check that it is unchanged: %1</source>
        <translation>No se pudo volver a leer el registro para comprobar que no ha cambiado: %1</translation>
    </message>
    <message>
        <source>Read back, the registration on the server is unchanged.</source>
        <translation>Al volver a leerlo, el registro en el servidor no ha cambiado.</translation>
    </message>
    <message>
        <source>Read back, the server&apos;s registration differs from before in: %1.</source>
        <translation>Al volver a leerlo, el registro del servidor difiere del anterior en: %1.</translation>
    </message>
    <message>
        <source>the revocation endpoint</source>
        <translation>el endpoint de revocación</translation>
    </message>
    <message>
        <source>The metadata names no jwks_uri.</source>
        <translation>Los metadatos no indican ningún jwks_uri.</translation>
    </message>
    <message>
        <source>the JWKS %1</source>
        <translation>el JWKS %1</translation>
    </message>
</context>
<context>
    <name>mcpauth::PagedExporter</name>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>No se pudo escribir el archivo %1: %2</translation>
    </message>
</context>
<context>
    <name>mcpauth::PasswordChoice</name>
    <message>
        <source>&amp;Generate a strong password (shown once after saving)</source>
        <translation>&amp;Generar una contraseña segura (se muestra una vez tras guardar)</translation>
    </message>
    <message>
        <source>T&amp;ype a password</source>
        <translation>&amp;Escribir una contraseña</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Repetir contraseña</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Repetir:</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Las dos contraseñas no coinciden. Escriba la misma contraseña dos veces.</translation>
    </message>
</context>
<context>
    <name>mcpauth::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Open at start</source>
        <translation>Abrir al iniciar</translation>
    </message>
    <message>
        <source>The local store</source>
        <translation>El almacén local</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Local server port</source>
        <translation>Puerto del servidor local</translation>
    </message>
    <message>
        <source>Any free port</source>
        <translation>Cualquier puerto libre</translation>
    </message>
    <message>
        <source>Run the local authorization server and MCP server</source>
        <translation>Ejecutar el servidor de autorización local y el servidor MCP</translation>
    </message>
    <message>
        <source>&amp;Open at start:</source>
        <translation>&amp;Abrir al iniciar:</translation>
    </message>
    <message>
        <source>Local server &amp;port:</source>
        <translation>&amp;Puerto del servidor local:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>Local server address</source>
        <translation>Dirección del servidor local</translation>
    </message>
    <message>
        <source>Log level</source>
        <translation>Nivel de registro</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Solo errores</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Advertencias y errores</translation>
    </message>
    <message>
        <source>Information (recommended)</source>
        <translation>Información (recomendado)</translation>
    </message>
    <message>
        <source>Debug (for troubleshooting)</source>
        <translation>Depuración (para solucionar problemas)</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Carpeta de datos</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Elegir…</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Elegir la carpeta de datos</translation>
    </message>
    <message>
        <source>Open &amp;Data Folder</source>
        <translation>A&amp;brir la carpeta de datos</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>The language changes the next time the console starts.</source>
        <translation>El idioma cambia la próxima vez que se inicie la consola.</translation>
    </message>
    <message>
        <source>Local server &amp;address:</source>
        <translation>&amp;Dirección del servidor local:</translation>
    </message>
    <message>
        <source>Server changes apply the next time the console starts; the --port option overrides the port.</source>
        <translation>Los cambios del servidor se aplican la próxima vez que se inicie la consola; la opción --port prevalece sobre el puerto.</translation>
    </message>
    <message>
        <source>Log &amp;level:</source>
        <translation>&amp;Nivel de registro:</translation>
    </message>
    <message>
        <source>Data &amp;folder:</source>
        <translation>Carpeta de da&amp;tos:</translation>
    </message>
    <message>
        <source>The store, its keys and the log file (%1) live here. A new folder applies the next time the console starts; MCPAUTH_DATA_DIR overrides it.</source>
        <translation>Aquí se encuentran el almacén, sus claves y el archivo de registro (%1). Una carpeta nueva se aplica la próxima vez que se inicie la consola; MCPAUTH_DATA_DIR prevalece sobre ella.</translation>
    </message>
    <message>
        <source>Enter an IP address, such as 127.0.0.1 or ::1.</source>
        <translation>Introduzca una dirección IP, como 127.0.0.1 o ::1.</translation>
    </message>
    <message>
        <source>Warning: on %1 other computers can reach the server. Off loopback it only runs with HTTPS, which &apos;mcp-auth serve --tls-cert … --tls-key …&apos; provides; the console&apos;s own server will not start there.</source>
        <translation>Advertencia: en %1 otros equipos pueden acceder al servidor. Fuera de loopback solo funciona con HTTPS, que proporciona &apos;mcp-auth serve --tls-cert … --tls-key …&apos;; el servidor propio de la consola no se iniciará allí.</translation>
    </message>
</context>
<context>
    <name>mcpauth::ProfileSecrets</name>
    <message>
        <source>No keychain is configured.</source>
        <translation>No hay ningún llavero configurado.</translation>
    </message>
    <message>
        <source>No secret is saved for this profile.</source>
        <translation>No hay ningún secreto guardado para este perfil.</translation>
    </message>
</context>
<context>
    <name>mcpauth::RedirectUriEditor</name>
    <message>
        <source>Redirect URIs</source>
        <translation>URI de redirección</translation>
    </message>
    <message>
        <source>Double-click or press F2 to edit a URI; Delete removes it.</source>
        <translation>Haga doble clic o pulse F2 para editar un URI; Supr lo elimina.</translation>
    </message>
    <message>
        <source>New redirect URI</source>
        <translation>Nuevo URI de redirección</translation>
    </message>
    <message>
        <source>http://127.0.0.1/callback (loopback: any port)</source>
        <translation>http://127.0.0.1/callback (loopback: cualquier puerto)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Add redirect URI</source>
        <translation>Añadir URI de redirección</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Remove the selected redirect URI</source>
        <translation>Quitar el URI de redirección seleccionado</translation>
    </message>
    <message>
        <source>&amp;Try a URI:</source>
        <translation>&amp;Probar un URI:</translation>
    </message>
    <message>
        <source>Try a redirect URI</source>
        <translation>Probar un URI de redirección</translation>
    </message>
    <message>
        <source>The redirect_uri a client sends, e.g. http://127.0.0.1:53127/callback</source>
        <translation>El redirect_uri que envía un cliente, p. ej. http://127.0.0.1:53127/callback</translation>
    </message>
    <message>
        <source>✗ No match: no redirect URI is registered yet.</source>
        <translation>✗ Sin coincidencia: aún no hay ningún URI de redirección registrado.</translation>
    </message>
    <message>
        <source>✓ Matches %1.</source>
        <translation>✓ Coincide con %1.</translation>
    </message>
    <message>
        <source>✗ No match: %1</source>
        <translation>✗ Sin coincidencia: %1</translation>
    </message>
    <message>
        <source>✗ No match. Closest registration %1: %2</source>
        <translation>✗ Sin coincidencia. Registro más parecido %1: %2</translation>
    </message>
</context>
<context>
    <name>mcpauth::ResendDialog</name>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Enviar</translation>
    </message>
    <message>
        <source>The request is not valid JSON: %1 at character %2.</source>
        <translation>La solicitud no es JSON válido: %1 en el carácter %2.</translation>
    </message>
    <message>
        <source>params.name must name the tool.</source>
        <translation>params.name debe indicar el nombre de la herramienta.</translation>
    </message>
    <message>
        <source>params.arguments must be a JSON object.</source>
        <translation>params.arguments debe ser un objeto JSON.</translation>
    </message>
    <message>
        <source>Re-send a request</source>
        <translation>Volver a enviar una solicitud</translation>
    </message>
    <message>
        <source>Edit the method or its params, then send: the connection runs again and ends with this request. Values shown as “[masked …]” were secrets and are sent as written here.</source>
        <translation>Edite el método o sus parámetros y envíe: la conexión se ejecuta de nuevo y termina con esta solicitud. Los valores mostrados como «[masked …]» eran secretos y se envían tal como están escritos aquí.</translation>
    </message>
    <message>
        <source>The request must be one JSON-RPC request object.</source>
        <translation>La solicitud debe ser un único objeto de solicitud JSON-RPC.</translation>
    </message>
    <message>
        <source>The request needs a method, e.g. &quot;tools/list&quot;.</source>
        <translation>La solicitud necesita un método, p. ej., &quot;tools/list&quot;.</translation>
    </message>
    <message>
        <source>%1 is part of every connection; use Run to send it again.</source>
        <translation>%1 forma parte de cada conexión; use Ejecutar para volver a enviarla.</translation>
    </message>
    <message>
        <source>A request without an id is a notification, which gets no answer; give it an id.</source>
        <translation>Una solicitud sin id es una notificación, que no recibe respuesta; asígnele un id.</translation>
    </message>
    <message>
        <source>params must be a JSON object.</source>
        <translation>params debe ser un objeto JSON.</translation>
    </message>
</context>
<context>
    <name>mcpauth::ResetPasswordDialog</name>
    <message>
        <source>Reset Password</source>
        <translation>Restablecer contraseña</translation>
    </message>
    <message>
        <source>A new password for %1. The current one stops working when you save; tokens already issued stay valid.</source>
        <translation>Una nueva contraseña para %1. La actual deja de funcionar al guardar; los tokens ya emitidos siguen siendo válidos.</translation>
    </message>
    <message>
        <source>Set Password</source>
        <translation>Establecer contraseña</translation>
    </message>
</context>
<context>
    <name>mcpauth::ResourceEditorDialog</name>
    <message>
        <source>New Resource</source>
        <translation>Nuevo recurso</translation>
    </message>
    <message>
        <source>Edit Resource %1</source>
        <translation>Editar el recurso %1</translation>
    </message>
    <message>
        <source>A resource is an MCP server the authorization server issues tokens for. Its URI is the resource indicator clients send (RFC 8707) and the audience of its tokens.</source>
        <translation>Un recurso es un servidor MCP para el que el servidor de autorización emite tokens. Su URI es el indicador de recurso que envían los clientes (RFC 8707) y la audiencia de sus tokens.</translation>
    </message>
    <message>
        <source>Or&amp;ganization:</source>
        <translation>Or&amp;ganización:</translation>
    </message>
    <message>
        <source>https://mcp.example.com/mcp</source>
        <translation>https://mcp.example.com/mcp</translation>
    </message>
    <message>
        <source>&amp;URI:</source>
        <translation>&amp;URI:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Nombre para &amp;mostrar:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escripción:</translation>
    </message>
    <message>
        <source>Could not load the organizations: %1</source>
        <translation>No se pudieron cargar las organizaciones: %1</translation>
    </message>
</context>
<context>
    <name>mcpauth::ResourcesPage</name>
    <message>
        <source>Filter by URI, name or scope (Ctrl+F)</source>
        <translation>Filtrar por URI, nombre o ámbito (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter resources</source>
        <translation>Filtrar recursos</translation>
    </message>
    <message>
        <source>&amp;New Resource…</source>
        <translation>&amp;Nuevo recurso…</translation>
    </message>
    <message>
        <source>New resource</source>
        <translation>Nuevo recurso</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit resource</source>
        <translation>Editar el recurso</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Delete resource</source>
        <translation>Eliminar el recurso</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Recursos</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nombre para mostrar</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Ámbitos</translation>
    </message>
    <message>
        <source>Scopes of the selected resource</source>
        <translation>Ámbitos del recurso seleccionado</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>&amp;Add Scope…</source>
        <translation>&amp;Añadir ámbito…</translation>
    </message>
    <message>
        <source>Add scope</source>
        <translation>Añadir ámbito</translation>
    </message>
    <message>
        <source>Edit S&amp;cope…</source>
        <translation>Editar á&amp;mbito…</translation>
    </message>
    <message>
        <source>Edit scope</source>
        <translation>Editar el ámbito</translation>
    </message>
    <message>
        <source>&amp;Remove from Resource</source>
        <translation>&amp;Quitar del recurso</translation>
    </message>
    <message>
        <source>Remove scope from resource</source>
        <translation>Quitar el ámbito del recurso</translation>
    </message>
    <message>
        <source>Tools and the scope each needs</source>
        <translation>Herramientas y el ámbito que necesita cada una</translation>
    </message>
    <message>
        <source>Tools of the selected resource</source>
        <translation>Herramientas del recurso seleccionado</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Herramienta</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Ámbito</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Qué hace</translation>
    </message>
    <message>
        <source>Protected resource metadata (RFC 9728)</source>
        <translation>Metadatos del recurso protegido (RFC 9728)</translation>
    </message>
    <message>
        <source>Protected resource metadata preview</source>
        <translation>Vista previa de los metadatos del recurso protegido</translation>
    </message>
    <message>
        <source>Resources &amp; Scopes</source>
        <translation>Recursos y ámbitos</translation>
    </message>
    <message>
        <source>Could not load the resources</source>
        <translation>No se pudieron cargar los recursos</translation>
    </message>
    <message>
        <source>Could not load the scopes</source>
        <translation>No se pudieron cargar los ámbitos</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n recurso</numerusform>
            <numerusform>%n recursos</numerusform>
        </translation>
    </message>
    <message>
        <source>No resource yet. A resource is an MCP server clients get tokens for: add one with New Resource (Ctrl+N). The built-in MCP server adds its own when the local server starts.</source>
        <translation>Aún no hay ningún recurso. Un recurso es un servidor MCP para el que los clientes obtienen tokens: añada uno con Nuevo recurso (Ctrl+N). El servidor MCP integrado añade el suyo cuando se inicia el servidor local.</translation>
    </message>
    <message>
        <source>Select a resource to see its scopes, tools and metadata.</source>
        <translation>Seleccione un recurso para ver sus ámbitos, herramientas y metadatos.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>Issued only to administrators.</source>
        <translation>Solo se concede a administradores.</translation>
    </message>
    <message>
        <source>(not defined in the organization)</source>
        <translation>(no definido en la organización)</translation>
    </message>
    <message>
        <source>No tool map: the server checks scopes itself.</source>
        <translation>Sin mapa de herramientas: el servidor comprueba los ámbitos por sí mismo.</translation>
    </message>
    <message>
        <source>Served at %1. The authorization server is the local server, whose issuer is known once it has run; shown here as ISSUER.</source>
        <translation>Se sirve en %1. El servidor de autorización es el servidor local, cuyo emisor se conoce una vez que se ha ejecutado; aquí se muestra como ISSUER.</translation>
    </message>
    <message>
        <source>The built-in MCP server serves this at %1.</source>
        <translation>El servidor MCP integrado lo sirve en %1.</translation>
    </message>
    <message>
        <source>The MCP server at this URI should serve this at %1 (and point its 401 challenges there).</source>
        <translation>El servidor MCP de este URI debería servirlo en %1 (y apuntar allí sus desafíos 401).</translation>
    </message>
    <message>
        <source>Resource %1 created.</source>
        <translation>Recurso %1 creado.</translation>
    </message>
    <message>
        <source>Resource %1 saved.</source>
        <translation>Recurso %1 guardado.</translation>
    </message>
    <message>
        <source>Delete Resource</source>
        <translation>Eliminar el recurso</translation>
    </message>
    <message>
        <source>Delete the resource %1?</source>
        <translation>¿Eliminar el recurso %1?</translation>
    </message>
    <message>
        <source>Clients can no longer ask for tokens for it. Tokens already issued for it stay valid until they expire; revoke them in Tokens. Its scopes stay in the organization.</source>
        <translation>Los clientes ya no podrán pedir tokens para él. Los tokens ya emitidos para él siguen siendo válidos hasta que caduquen; revóquelos en Tokens. Sus ámbitos permanecen en la organización.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Could not delete %1</source>
        <translation>No se pudo eliminar %1</translation>
    </message>
    <message>
        <source>Resource %1 deleted.</source>
        <translation>Recurso %1 eliminado.</translation>
    </message>
    <message>
        <source>Could not change the scopes of %1</source>
        <translation>No se pudieron cambiar los ámbitos de %1</translation>
    </message>
    <message>
        <source>Scope %1 added to %2.</source>
        <translation>Ámbito %1 añadido a %2.</translation>
    </message>
    <message>
        <source>Scope %1 saved.</source>
        <translation>Ámbito %1 guardado.</translation>
    </message>
    <message>
        <source>Scope %1 removed from %2; it stays defined in the organization.</source>
        <translation>Ámbito %1 quitado de %2; sigue definido en la organización.</translation>
    </message>
</context>
<context>
    <name>mcpauth::ScopeEditorDialog</name>
    <message>
        <source>New Scope</source>
        <translation>Nuevo ámbito</translation>
    </message>
    <message>
        <source>Edit Scope %1</source>
        <translation>Editar el ámbito %1</translation>
    </message>
    <message>
        <source>e.g. files:read</source>
        <translation>p. ej. files:read</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>What the consent page shows, e.g. Read your files</source>
        <translation>Lo que muestra la página de consentimiento, p. ej. Leer sus archivos</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Nombre para &amp;mostrar:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escripción:</translation>
    </message>
</context>
<context>
    <name>mcpauth::ScopesPage</name>
    <message>
        <source>Which scopes may the client ask for?</source>
        <translation>¿Qué ámbitos puede solicitar el cliente?</translation>
    </message>
    <message>
        <source>Check the scopes to request. None checked: the client asks for those the server advertises.</source>
        <translation>Marque los ámbitos que se solicitarán. Si no marca ninguno, el cliente solicita los que anuncia el servidor.</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Ámbitos</translation>
    </message>
    <message>
        <source>Requested scopes</source>
        <translation>Ámbitos solicitados</translation>
    </message>
    <message>
        <source>The server advertises no scopes: the client asks for none.</source>
        <translation>El servidor no anuncia ningún ámbito: el cliente no solicita ninguno.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (administrators only)</source>
        <translation>%1 (solo administradores)</translation>
    </message>
    <message>
        <source>The client asks for the scopes the server advertises.</source>
        <translation>El cliente solicita los ámbitos que anuncia el servidor.</translation>
    </message>
    <message>
        <source>The client asks for: %1</source>
        <translation>El cliente solicita: %1</translation>
    </message>
</context>
<context>
    <name>mcpauth::SecretDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copy to the clipboard</source>
        <translation>Copiar al portapapeles</translation>
    </message>
    <message>
        <source>This is the only time it is shown: it is not stored anywhere it could be read back. Copy it now.</source>
        <translation>Esta es la única vez que se muestra: no se almacena en ningún lugar desde el que se pueda volver a leer. Cópielo ahora.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>mcpauth::ServerPage</name>
    <message>
        <source>Which MCP server?</source>
        <translation>¿Qué servidor MCP?</translation>
    </message>
    <message>
        <source>The wizard asks the server at once how it is protected, the way a client will.</source>
        <translation>El asistente pregunta de inmediato al servidor cómo está protegido, igual que lo hará un cliente.</translation>
    </message>
    <message>
        <source>The built-in MCP server (not running)</source>
        <translation>El servidor MCP integrado (no se está ejecutando)</translation>
    </message>
    <message>
        <source>The built-in MCP server: %1</source>
        <translation>El servidor MCP integrado: %1</translation>
    </message>
    <message>
        <source>The built-in MCP server</source>
        <translation>El servidor MCP integrado</translation>
    </message>
    <message>
        <source>The local server is not running: start it in Preferences, or choose a URL.</source>
        <translation>El servidor local no se está ejecutando: inícielo en Preferencias o elija una URL.</translation>
    </message>
    <message>
        <source>A &amp;registered resource:</source>
        <translation>Un recurso &amp;registrado:</translation>
    </message>
    <message>
        <source>A registered resource</source>
        <translation>Un recurso registrado</translation>
    </message>
    <message>
        <source>Registered resources</source>
        <translation>Recursos registrados</translation>
    </message>
    <message>
        <source>Any &amp;URL:</source>
        <translation>Cualquier &amp;URL:</translation>
    </message>
    <message>
        <source>Any MCP server URL</source>
        <translation>Cualquier URL de servidor MCP</translation>
    </message>
    <message>
        <source>MCP server URL</source>
        <translation>URL del servidor MCP</translation>
    </message>
    <message>
        <source>https://mcp.example.com/mcp</source>
        <translation>https://mcp.example.com/mcp</translation>
    </message>
    <message>
        <source>Discovery progress</source>
        <translation>Progreso del descubrimiento</translation>
    </message>
    <message>
        <source>Discovery status</source>
        <translation>Estado del descubrimiento</translation>
    </message>
    <message>
        <source>Protected resource metadata</source>
        <translation>Metadatos del recurso protegido</translation>
    </message>
    <message>
        <source>Authorization server</source>
        <translation>Servidor de autorización</translation>
    </message>
    <message>
        <source>Client registration</source>
        <translation>Registro de clientes</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Ámbitos</translation>
    </message>
    <message>
        <source>Resource metadata:</source>
        <translation>Metadatos del recurso:</translation>
    </message>
    <message>
        <source>Authorization server:</source>
        <translation>Servidor de autorización:</translation>
    </message>
    <message>
        <source>Registration:</source>
        <translation>Registro:</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Ámbitos:</translation>
    </message>
    <message>
        <source>Discovering: %1…</source>
        <translation>Descubriendo: %1…</translation>
    </message>
    <message>
        <source>This backend has no organization.</source>
        <translation>Este backend no tiene organización.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No resource is registered yet (Resources &amp; Scopes).</source>
        <translation>Aún no hay ningún recurso registrado (Recursos y ámbitos).</translation>
    </message>
    <message>
        <source>Choose a server, or enter the URL of its MCP endpoint.</source>
        <translation>Elija un servidor o introduzca la URL de su endpoint MCP.</translation>
    </message>
    <message>
        <source>The MCP server URL must start with https:// (or http:// for this computer).</source>
        <translation>La URL del servidor MCP debe empezar por https:// (o http:// para este equipo).</translation>
    </message>
    <message>
        <source>Discovering %1…</source>
        <translation>Descubriendo %1…</translation>
    </message>
    <message>
        <source>%1 answers without any authorization: clients need no sign-in.</source>
        <translation>%1 responde sin ninguna autorización: los clientes no necesitan iniciar sesión.</translation>
    </message>
    <message>
        <source>Found how %1 is protected.</source>
        <translation>Se ha averiguado cómo está protegido %1.</translation>
    </message>
    <message>
        <source>Discovery failed at “%1”: %2</source>
        <translation>El descubrimiento falló en «%1»: %2</translation>
    </message>
    <message>
        <source>Discovery failed: %1</source>
        <translation>El descubrimiento falló: %1</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>no se encontró ninguno</translation>
    </message>
    <message>
        <source>%1 (resource %2)</source>
        <translation>%1 (recurso %2)</translation>
    </message>
    <message>
        <source>dynamic registration (DCR) at %1</source>
        <translation>registro dinámico (DCR) en %1</translation>
    </message>
    <message>
        <source>client ID metadata documents (CIMD)</source>
        <translation>documentos de metadatos de ID de cliente (CIMD)</translation>
    </message>
    <message>
        <source>pre-registered applications</source>
        <translation>aplicaciones registradas previamente</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>none advertised</source>
        <translation>no se anuncia ninguno</translation>
    </message>
</context>
<context>
    <name>mcpauth::SigningKeyTableModel</name>
    <message>
        <source>Signs every new %1 token and is published in the JWKS.</source>
        <translation>Firma cada nuevo token %1 y se publica en el JWKS.</translation>
    </message>
    <message>
        <source>Signs nothing new; stays in the JWKS until the tokens it signed have expired.</source>
        <translation>No firma nada nuevo; permanece en el JWKS hasta que caduquen los tokens que firmó.</translation>
    </message>
    <message>
        <source>Signs nothing and is no longer published: tokens it signed no longer verify.</source>
        <translation>No firma nada y ya no se publica: los tokens que firmó ya no se verifican.</translation>
    </message>
    <message>
        <source>Withdrawn: never published, every token it signed is refused.</source>
        <translation>Retirada: nunca publicada, se rechazan todos los tokens que firmó.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <source>Retired, published</source>
        <translation>Retirada, publicada</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retirada</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocada</translation>
    </message>
    <message>
        <source>while active</source>
        <translation>mientras estaba activa</translation>
    </message>
    <message>
        <source>Key ID (kid)</source>
        <translation>ID de clave (kid)</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algoritmo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creada</translation>
    </message>
    <message>
        <source>Published until</source>
        <translation>Publicada hasta</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Qué significa</translation>
    </message>
</context>
<context>
    <name>mcpauth::SigningKeysPage</name>
    <message>
        <source>The local authorization server signs access tokens with these keys and publishes their public halves in its JWKS, where MCP servers fetch them to check tokens. Rotate a key when it may have leaked, or on a schedule: the new key signs from then on, and the old one stays published until the tokens it signed have expired.</source>
        <translation>El servidor de autorización local firma los tokens de acceso con estas claves y publica sus mitades públicas en su JWKS, de donde los servidores MCP las obtienen para comprobar los tokens. Rote una clave cuando pueda haberse filtrado, o de forma periódica: a partir de entonces firma la nueva clave, y la antigua sigue publicada hasta que caduquen los tokens que firmó.</translation>
    </message>
    <message>
        <source>Signing keys</source>
        <translation>Claves de firma</translation>
    </message>
    <message>
        <source>Algorithm to rotate</source>
        <translation>Algoritmo que rotar</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Clave:</translation>
    </message>
    <message>
        <source>&amp;Rotate…</source>
        <translation>&amp;Rotar…</translation>
    </message>
    <message>
        <source>Re&amp;tire Now…</source>
        <translation>Re&amp;tirar ahora…</translation>
    </message>
    <message>
        <source>Select a replaced key that is still published to take it out of the JWKS now.</source>
        <translation>Seleccione una clave reemplazada que aún esté publicada para sacarla del JWKS ahora.</translation>
    </message>
    <message>
        <source>This key signs new tokens: rotate it first; it then stays published until its tokens expire, unless you retire it now.</source>
        <translation>Esta clave firma los tokens nuevos: rótela primero; después sigue publicada hasta que caduquen sus tokens, a menos que la retire ahora.</translation>
    </message>
    <message>
        <source>This key is no longer published.</source>
        <translation>Esta clave ya no se publica.</translation>
    </message>
    <message>
        <source>Take this key out of the JWKS now, for a key that may have leaked.</source>
        <translation>Sacar esta clave del JWKS ahora, para una clave que pueda haberse filtrado.</translation>
    </message>
    <message>
        <source>Retire signing key now</source>
        <translation>Retirar la clave de firma ahora</translation>
    </message>
    <message>
        <source>Take the key %1 out of the JWKS now?

Every token it signed stops verifying at once, before it expires: clients holding one must sign in again. Do this when the key may have leaked.</source>
        <translation>¿Sacar la clave %1 del JWKS ahora?

Todos los tokens que firmó dejan de verificarse de inmediato, antes de caducar: los clientes que tengan uno deberán volver a iniciar sesión. Hágalo cuando la clave pueda haberse filtrado.</translation>
    </message>
    <message>
        <source>Retire Now</source>
        <translation>Retirar ahora</translation>
    </message>
    <message>
        <source>Could not retire the signing key</source>
        <translation>No se pudo retirar la clave de firma</translation>
    </message>
    <message>
        <source>The key %1 is no longer published.</source>
        <translation>La clave %1 ya no se publica.</translation>
    </message>
    <message>
        <source>Signing key retired.</source>
        <translation>Clave de firma retirada.</translation>
    </message>
    <message>
        <source>Could not load the signing keys</source>
        <translation>No se pudieron cargar las claves de firma</translation>
    </message>
    <message>
        <source>Create a new %1 signing key?</source>
        <translation>¿Crear una nueva clave de firma %1?</translation>
    </message>
    <message>
        <source>Rotate the %1 signing key %2?

A new key signs every token from now on. The old key is retired: it stays in the JWKS until the longest access-token lifetime has passed, so the tokens it signed keep working until they expire, and then disappears from the JWKS. A local server running on this store picks the new key up without a restart.</source>
        <translation>¿Rotar la clave de firma %1 %2?

A partir de ahora, una nueva clave firma todos los tokens. La clave antigua se retira: permanece en el JWKS hasta que haya transcurrido la mayor duración de token de acceso, de modo que los tokens que firmó siguen funcionando hasta que caducan, y después desaparece del JWKS. Un servidor local que se ejecute sobre este almacén adopta la nueva clave sin reiniciarse.</translation>
    </message>
    <message>
        <source>Rotate signing key</source>
        <translation>Rotar la clave de firma</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Rotar</translation>
    </message>
    <message>
        <source>Rotating…</source>
        <translation>Rotando…</translation>
    </message>
    <message>
        <source>Could not rotate the signing key</source>
        <translation>No se pudo rotar la clave de firma</translation>
    </message>
    <message>
        <source>The new key %1 signs from now on; %2 stays published until %3.</source>
        <translation>La nueva clave %1 firma a partir de ahora; %2 sigue publicada hasta el %3.</translation>
    </message>
    <message>
        <source>Signing key rotated.</source>
        <translation>Clave de firma rotada.</translation>
    </message>
</context>
<context>
    <name>mcpauth::TestPage</name>
    <message>
        <source>Test the connection</source>
        <translation>Probar la conexión</translation>
    </message>
    <message>
        <source>About the test</source>
        <translation>Acerca de la prueba</translation>
    </message>
    <message>
        <source>&amp;Sign In and Test</source>
        <translation>&amp;Iniciar sesión y probar</translation>
    </message>
    <message>
        <source>Sign in and test the connection</source>
        <translation>Iniciar sesión y probar la conexión</translation>
    </message>
    <message>
        <source>Opens your browser to sign in, then connects as the client will and lists the tools.</source>
        <translation>Abre el navegador para iniciar sesión, luego se conecta como lo hará el cliente y lista las herramientas.</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Resultado de la prueba</translation>
    </message>
    <message>
        <source>Tools the server offers</source>
        <translation>Herramientas que ofrece el servidor</translation>
    </message>
    <message>
        <source>Description of the selected tool</source>
        <translation>Descripción de la herramienta seleccionada</translation>
    </message>
    <message>
        <source>&amp;Tools the server offers:</source>
        <translation>&amp;Herramientas que ofrece el servidor:</translation>
    </message>
    <message>
        <source>Signs in through your browser and connects to %1 the way %2 will, then lists the tools.</source>
        <translation>Inicia sesión mediante el navegador y se conecta a %1 como lo hará %2; luego lista las herramientas.</translation>
    </message>
    <message>
        <source>The test registers a client of its own and uses the redirect URI http://%1:&lt;port&gt;%2.</source>
        <translation>La prueba registra un cliente propio y usa el URI de redirección http://%1:&lt;puerto&gt;%2.</translation>
    </message>
    <message>
        <source>The test uses the client ID %1 and the redirect URI http://%2:%3%4, as %5 does.</source>
        <translation>La prueba usa el ID de cliente %1 y el URI de redirección http://%2:%3%4, como hace %5.</translation>
    </message>
    <message>
        <source>&lt;any port&gt;</source>
        <translation>&lt;cualquier puerto&gt;</translation>
    </message>
    <message>
        <source>Click Sign In and Test.</source>
        <translation>Haga clic en Iniciar sesión y probar.</translation>
    </message>
    <message numerus="yes">
        <source>Connected: the server offers %n tool(s). The client is ready.</source>
        <translation>
            <numerusform>Conectado: el servidor ofrece %n herramienta. El cliente está listo.</numerusform>
            <numerusform>Conectado: el servidor ofrece %n herramientas. El cliente está listo.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Test Again</source>
        <translation>&amp;Volver a probar</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>Se canceló la prueba.</translation>
    </message>
    <message>
        <source>The connection failed: the findings below say why and how to fix it. After a fix, click Sign In and Test again.</source>
        <translation>La conexión falló: los hallazgos de abajo indican por qué y cómo solucionarlo. Tras corregirlo, vuelva a hacer clic en Iniciar sesión y probar.</translation>
    </message>
</context>
<context>
    <name>mcpauth::TokenIntrospection</name>
    <message>
        <source>Inactive: the server does not accept this token (revoked, expired, unknown to it, or not one it lets this client see).</source>
        <translation>Inactivo: el servidor no acepta este token (revocado, caducado, desconocido para él o no visible para este cliente).</translation>
    </message>
    <message>
        <source>Active: the server accepts this token.</source>
        <translation>Activo: el servidor acepta este token.</translation>
    </message>
    <message>
        <source>Issued to client: %1</source>
        <translation>Emitido para el cliente: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Sujeto: %1</translation>
    </message>
    <message>
        <source>Scopes: none named</source>
        <translation>Ámbitos: no se indica ninguno</translation>
    </message>
    <message>
        <source>Scopes: %1</source>
        <translation>Ámbitos: %1</translation>
    </message>
    <message>
        <source>Audience (resource): %1</source>
        <translation>Audiencia (recurso): %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Emisor: %1</translation>
    </message>
    <message>
        <source>Token type: %1</source>
        <translation>Tipo de token: %1</translation>
    </message>
    <message>
        <source>Issued at: %1</source>
        <translation>Emitido el: %1</translation>
    </message>
    <message>
        <source>Expires at: %1 (%2 min from now)</source>
        <translation>Caduca el: %1 (dentro de %2 min)</translation>
    </message>
    <message>
        <source>Expires at: %1</source>
        <translation>Caduca el: %1</translation>
    </message>
    <message>
        <source>Expires: the server did not say.</source>
        <translation>Caducidad: el servidor no la indicó.</translation>
    </message>
</context>
<context>
    <name>mcpauth::TokenLookupPage</name>
    <message>
        <source>%1 The server can also revoke a pasted token (RFC 7009), so that it stops accepting it.</source>
        <translation>%1 El servidor también puede revocar un token pegado (RFC 7009) para que deje de aceptarlo.</translation>
    </message>
    <message>
        <source>&amp;Token (access or refresh token, as the client holds it):</source>
        <translation>&amp;Token (de acceso o de actualización, tal como lo tiene el cliente):</translation>
    </message>
    <message>
        <source>Token to look up</source>
        <translation>Token que se consultará</translation>
    </message>
    <message>
        <source>Paste a token</source>
        <translation>Pegue un token</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>&amp;Consultar</translation>
    </message>
    <message>
        <source>Look up the token</source>
        <translation>Consultar el token</translation>
    </message>
    <message>
        <source>&amp;Revoke at the server…</source>
        <translation>&amp;Revocar en el servidor…</translation>
    </message>
    <message>
        <source>Revoke the token at the server</source>
        <translation>Revocar el token en el servidor</translation>
    </message>
    <message>
        <source>Look-up result</source>
        <translation>Resultado de la consulta</translation>
    </message>
    <message>
        <source>&lt;p&gt;Nothing looked up yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aún no se ha consultado nada.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Look up a token</source>
        <translation>Consultar un token</translation>
    </message>
    <message>
        <source>Server metadata and keys</source>
        <translation>Metadatos y claves del servidor</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Revoke the pasted token at the server (Delete)</source>
        <translation>Revocar el token pegado en el servidor (Supr)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Reading the server&apos;s metadata and keys…&lt;/p&gt;</source>
        <translation>&lt;p&gt;Leyendo los metadatos y las claves del servidor…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Could not read the server&apos;s metadata</source>
        <translation>No se pudieron leer los metadatos del servidor</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Metadata&lt;/h3&gt;&lt;p&gt;From &lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Metadatos&lt;/h3&gt;&lt;p&gt;De &lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Signing keys (JWKS)&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Claves de firma (JWKS)&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;From &lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;De &lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Key id (kid)</source>
        <translation>ID de clave (kid)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algoritmo</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Uso</translation>
    </message>
    <message>
        <source>&lt;p&gt;Asking the server…&lt;/p&gt;</source>
        <translation>&lt;p&gt;Consultando al servidor…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The server could not be asked.&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Press Look up to try again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;No se pudo consultar al servidor.&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Pulse Consultar para volver a intentarlo.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Could not look the token up</source>
        <translation>No se pudo consultar el token</translation>
    </message>
    <message>
        <source>&lt;h4&gt;The server&apos;s answer&lt;/h4&gt;&lt;pre&gt;%1&lt;/pre&gt;</source>
        <translation>&lt;h4&gt;Respuesta del servidor&lt;/h4&gt;&lt;pre&gt;%1&lt;/pre&gt;</translation>
    </message>
    <message>
        <source>The server accepts this token.</source>
        <translation>El servidor acepta este token.</translation>
    </message>
    <message>
        <source>The server does not accept this token.</source>
        <translation>El servidor no acepta este token.</translation>
    </message>
    <message>
        <source>Revoke the token?</source>
        <translation>¿Revocar el token?</translation>
    </message>
    <message>
        <source>The server will stop accepting the pasted token. It answers the same whether or not it knew the token. A JWT access token that a resource server checks offline stays usable there until it expires.</source>
        <translation>El servidor dejará de aceptar el token pegado. Responde igual tanto si conocía el token como si no. Un token de acceso JWT que un servidor de recursos comprueba sin conexión sigue siendo utilizable allí hasta que caduque.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revocar</translation>
    </message>
    <message>
        <source>Could not revoke the token</source>
        <translation>No se pudo revocar el token</translation>
    </message>
    <message>
        <source>The server accepted the revocation.</source>
        <translation>El servidor aceptó la revocación.</translation>
    </message>
</context>
<context>
    <name>mcpauth::TokenTableModel</name>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducado</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocado</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualización</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Acceso</translation>
    </message>
    <message>
        <source>(the application itself)</source>
        <translation>(la propia aplicación)</translation>
    </message>
    <message>
        <source>Click to sort</source>
        <translation>Haga clic para ordenar</translation>
    </message>
    <message>
        <source>Only the issue and expiry times can be sorted</source>
        <translation>Solo se pueden ordenar las horas de emisión y de caducidad</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitido</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Recurso</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Ámbitos</translation>
    </message>
    <message>
        <source>Token ID (jti)</source>
        <translation>ID de token (jti)</translation>
    </message>
</context>
<context>
    <name>mcpauth::TokensPage</name>
    <message>
        <source>&amp;Application:</source>
        <translation>&amp;Aplicación:</translation>
    </message>
    <message>
        <source>Application filter</source>
        <translation>Filtro de aplicación</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>User filter</source>
        <translation>Filtro de usuario</translation>
    </message>
    <message>
        <source>Reso&amp;urce:</source>
        <translation>Recur&amp;so:</translation>
    </message>
    <message>
        <source>Resource filter</source>
        <translation>Filtro de recurso</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>State filter</source>
        <translation>Filtro de estado</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducado</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocado</translation>
    </message>
    <message>
        <source>Issued from</source>
        <translation>Emitido desde</translation>
    </message>
    <message>
        <source>Issued before</source>
        <translation>Emitido antes de</translation>
    </message>
    <message>
        <source>&amp;Issued from:</source>
        <translation>Em&amp;itido desde:</translation>
    </message>
    <message>
        <source>&amp;before:</source>
        <translation>antes &amp;de:</translation>
    </message>
    <message>
        <source>Go to &amp;last</source>
        <translation>Ir al ú&amp;ltimo</translation>
    </message>
    <message>
        <source>Show the last tokens in this order (Ctrl+End in the table)</source>
        <translation>Mostrar los últimos tokens en este orden (Ctrl+Fin en la tabla)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportar…</translation>
    </message>
    <message>
        <source>Write the tokens that match the filter to a CSV or JSON file</source>
        <translation>Escribir los tokens que coinciden con el filtro en un archivo CSV o JSON</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Token details</source>
        <translation>Detalles del token</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Revocar</translation>
    </message>
    <message>
        <source>Revoke the selected tokens (Delete)</source>
        <translation>Revocar los tokens seleccionados (Supr)</translation>
    </message>
    <message>
        <source>All of this &amp;user…</source>
        <translation>Todos los de es&amp;te usuario…</translation>
    </message>
    <message>
        <source>Revoke every token of the selected token&apos;s user</source>
        <translation>Revocar todos los tokens del usuario del token seleccionado</translation>
    </message>
    <message>
        <source>All of this a&amp;pplication…</source>
        <translation>Todos los de esta a&amp;plicación…</translation>
    </message>
    <message>
        <source>Revoke every token of the selected token&apos;s application</source>
        <translation>Revocar todos los tokens de la aplicación del token seleccionado</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Paste an access token (JWT) to decode it, check its signature against the local server&apos;s published keys, and find it in the store:</source>
        <translation>Pegue un token de acceso (JWT) para decodificarlo, comprobar su firma con las claves publicadas del servidor local y buscarlo en el almacén:</translation>
    </message>
    <message>
        <source>Token to look up</source>
        <translation>Token que consultar</translation>
    </message>
    <message>
        <source>eyJhbGciOi…</source>
        <translation>eyJhbGciOi…</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>&amp;Consultar</translation>
    </message>
    <message>
        <source>Look-up result</source>
        <translation>Resultado de la consulta</translation>
    </message>
    <message>
        <source>Look up a token</source>
        <translation>Consultar un token</translation>
    </message>
    <message>
        <source>Could not load the tokens</source>
        <translation>No se pudieron cargar los tokens</translation>
    </message>
    <message>
        <source>Could not load the applications</source>
        <translation>No se pudieron cargar las aplicaciones</translation>
    </message>
    <message>
        <source>Only the issue and expiry times can be sorted.</source>
        <translation>Solo se pueden ordenar las horas de emisión y de caducidad.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message numerus="yes">
        <source>%1 token(s)</source>
        <translation>
            <numerusform>%1 token</numerusform>
            <numerusform>%1 tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Revoke %n tokens</source>
        <translation>
            <numerusform>&amp;Revocar %n token</numerusform>
            <numerusform>&amp;Revocar %n tokens</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke the token %1?

A resource server that introspects it refuses it from now on; a refresh token takes the access tokens of its family with it.</source>
        <translation>¿Revocar el token %1?

Un servidor de recursos que lo consulte por introspección lo rechazará a partir de ahora; un token de actualización arrastra consigo los tokens de acceso de su familia.</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n token(s)?

A resource server that introspects them refuses them from now on; a refresh token takes the access tokens of its family with it.</source>
        <translation>
            <numerusform>¿Revocar %n token?

Un servidor de recursos que lo consulte por introspección lo rechazará a partir de ahora; un token de actualización arrastra consigo los tokens de acceso de su familia.</numerusform>
            <numerusform>¿Revocar %n tokens?

Un servidor de recursos que los consulte por introspección los rechazará a partir de ahora; un token de actualización arrastra consigo los tokens de acceso de su familia.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke tokens</source>
        <translation>Revocar tokens</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n token(s)</source>
        <translation>
            <numerusform>Revocar %n token</numerusform>
            <numerusform>Revocar %n tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) could not be revoked.</source>
        <translation>
            <numerusform>No se pudo revocar %n token.</numerusform>
            <numerusform>No se pudieron revocar %n tokens.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoked %n token(s).</source>
        <translation>
            <numerusform>Se revocó %n token.</numerusform>
            <numerusform>Se revocaron %n tokens.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not count the tokens</source>
        <translation>No se pudieron contar los tokens</translation>
    </message>
    <message>
        <source>The user %1 has no active token.</source>
        <translation>El usuario %1 no tiene ningún token activo.</translation>
    </message>
    <message>
        <source>The application %1 has no active token.</source>
        <translation>La aplicación %1 no tiene ningún token activo.</translation>
    </message>
    <message numerus="yes">
        <source>Revoke all %n active token(s) of the user %1?

The user&apos;s clients must sign in again.</source>
        <translation>
            <numerusform>¿Revocar el único token activo (%n) del usuario %1?

Los clientes del usuario deberán volver a iniciar sesión.</numerusform>
            <numerusform>¿Revocar los %n tokens activos del usuario %1?

Los clientes del usuario deberán volver a iniciar sesión.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke all %n active token(s) of the application %1?

Every user of the application must sign in again.</source>
        <translation>
            <numerusform>¿Revocar el único token activo (%n) de la aplicación %1?

Todos los usuarios de la aplicación deberán volver a iniciar sesión.</numerusform>
            <numerusform>¿Revocar los %n tokens activos de la aplicación %1?

Todos los usuarios de la aplicación deberán volver a iniciar sesión.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not revoke the tokens</source>
        <translation>No se pudieron revocar los tokens</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation>caducó hace %1</translation>
    </message>
    <message>
        <source>expires in %1</source>
        <translation>caduca dentro de %1</translation>
    </message>
    <message>
        <source>The audience (&lt;code&gt;aud&lt;/code&gt;) is &lt;b&gt;%1&lt;/b&gt;, the registered resource “%2”: only that MCP server accepts it.</source>
        <translation>La audiencia (&lt;code&gt;aud&lt;/code&gt;) es &lt;b&gt;%1&lt;/b&gt;, el recurso registrado “%2”: solo ese servidor MCP lo acepta.</translation>
    </message>
    <message>
        <source>The token names no audience (&lt;code&gt;aud&lt;/code&gt;): a resource server that checks the audience, as MCP requires, refuses it.</source>
        <translation>El token no indica ninguna audiencia (&lt;code&gt;aud&lt;/code&gt;): un servidor de recursos que compruebe la audiencia, como exige MCP, lo rechaza.</translation>
    </message>
    <message>
        <source>The audience (&lt;code&gt;aud&lt;/code&gt;) is &lt;b&gt;%1&lt;/b&gt;, which is &lt;b&gt;not a registered resource&lt;/b&gt;: no MCP server of this backend accepts it.</source>
        <translation>La audiencia (&lt;code&gt;aud&lt;/code&gt;) es &lt;b&gt;%1&lt;/b&gt;, que &lt;b&gt;no es un recurso registrado&lt;/b&gt;: ningún servidor MCP de este backend lo acepta.</translation>
    </message>
    <message>
        <source>&lt;p&gt;No scopes: the token grants nothing beyond the resource&apos;s public tools.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sin ámbitos: el token no concede nada más allá de las herramientas públicas del recurso.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>not a scope of this backend</source>
        <translation>no es un ámbito de este backend</translation>
    </message>
    <message>
        <source>A refresh token</source>
        <translation>Un token de actualización</translation>
    </message>
    <message>
        <source>An access token</source>
        <translation>Un token de acceso</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 issued to the application &lt;b&gt;%2&lt;/b&gt; for itself (client credentials, no user).&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 emitido para la aplicación &lt;b&gt;%2&lt;/b&gt; en su propio nombre (credenciales de cliente, sin usuario).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 issued to the application &lt;b&gt;%2&lt;/b&gt;, acting for the user &lt;b&gt;%3&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 emitido para la aplicación &lt;b&gt;%2&lt;/b&gt;, que actúa en nombre del usuario &lt;b&gt;%3&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Active&lt;/b&gt;: it %1 (at %2).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Activo&lt;/b&gt;: %1 (%2).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Expired&lt;/b&gt;: it %1 (at %2); no resource server accepts it any more.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Caducado&lt;/b&gt;: %1 (%2); ya no lo acepta ningún servidor de recursos.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Revoked&lt;/b&gt; at %1: introspection answers “inactive”.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Revocado&lt;/b&gt; el %1: la introspección responde “inactivo”.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Scopes:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ámbitos:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Issued at %1. Token ID (&lt;code&gt;jti&lt;/code&gt;): &lt;code&gt;%2&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Emitido el %1. ID de token (&lt;code&gt;jti&lt;/code&gt;): &lt;code&gt;%2&lt;/code&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Refresh family &lt;code&gt;%1&lt;/code&gt;: revoking the refresh token revokes the tokens of its family.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Familia de actualización &lt;code&gt;%1&lt;/code&gt;: al revocar el token de actualización se revocan los tokens de su familia.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a token to see what it grants, to whom, and until when.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Seleccione un token para ver qué concede, a quién y hasta cuándo.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%n tokens selected. Revoke revokes them all.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n token seleccionado. Revocar lo revoca.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n tokens seleccionados. Revocar los revoca todos.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Paste a token first.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Pegue primero un token.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Signature valid.</source>
        <translation>Firma válida.</translation>
    </message>
    <message>
        <source>Signature not verified.</source>
        <translation>Firma no verificada.</translation>
    </message>
    <message>
        <source>&lt;p&gt;It %1 (at %2).&lt;/p&gt;</source>
        <translation>&lt;p&gt;El token %1 (%2).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Looking the token up in the store…</source>
        <translation>Buscando el token en el almacén…</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Header&lt;/h4&gt;&lt;pre&gt;%1&lt;/pre&gt;&lt;h4&gt;Claims&lt;/h4&gt;&lt;pre&gt;%2&lt;/pre&gt;</source>
        <translation>&lt;h4&gt;Encabezado&lt;/h4&gt;&lt;pre&gt;%1&lt;/pre&gt;&lt;h4&gt;Notificaciones&lt;/h4&gt;&lt;pre&gt;%2&lt;/pre&gt;</translation>
    </message>
    <message>
        <source>The token has no &lt;code&gt;jti&lt;/code&gt;, so it cannot be found in the store.</source>
        <translation>El token no tiene &lt;code&gt;jti&lt;/code&gt;, así que no se puede encontrar en el almacén.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not in the store&lt;/b&gt;: this backend did not issue the token, or its record was removed.</source>
        <translation>&lt;b&gt;No está en el almacén&lt;/b&gt;: este backend no emitió el token o su registro se eliminó.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Introspection: active.&lt;/b&gt; The store knows this token and it has not been revoked.</source>
        <translation>&lt;b&gt;Introspección: activo.&lt;/b&gt; El almacén conoce este token y no se ha revocado.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Introspection: inactive&lt;/b&gt; (expired).</source>
        <translation>&lt;b&gt;Introspección: inactivo&lt;/b&gt; (caducado).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Introspection: inactive&lt;/b&gt;, revoked at %1.</source>
        <translation>&lt;b&gt;Introspección: inactivo&lt;/b&gt;, revocado el %1.</translation>
    </message>
    <message>
        <source>Delete &amp;record…</source>
        <translation>Eliminar &amp;registro…</translation>
    </message>
    <message>
        <source>Delete the selected tokens&apos; records instead of keeping them as revoked</source>
        <translation>Eliminar los registros de los tokens seleccionados en lugar de conservarlos como revocados</translation>
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
            <numerusform>¿Eliminar el registro de %n token?

El servidor lo olvida: ya no aparece aquí y nada muestra que se revocó. Revocar conserva el registro.</numerusform>
            <numerusform>¿Eliminar los registros de %n tokens?

El servidor los olvida: ya no aparecen aquí y nada muestra que se revocaron. Revocar conserva los registros.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete token records</source>
        <translation>Eliminar registros de tokens</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n record(s)</source>
        <translation>
            <numerusform>Eliminar %n registro</numerusform>
            <numerusform>Eliminar %n registros</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token record(s) could not be deleted.</source>
        <translation>
            <numerusform>No se pudo eliminar %n registro de token.</numerusform>
            <numerusform>No se pudieron eliminar %n registros de tokens.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n token record(s).</source>
        <translation>
            <numerusform>Se eliminó %n registro de token.</numerusform>
            <numerusform>Se eliminaron %n registros de tokens.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audience (&lt;code&gt;aud&lt;/code&gt;) is &lt;b&gt;%1&lt;/b&gt;, the resource the client asked for.</source>
        <translation>La audiencia (&lt;code&gt;aud&lt;/code&gt;) es &lt;b&gt;%1&lt;/b&gt;, el recurso que pidió el cliente.</translation>
    </message>
</context>
<context>
    <name>mcpauth::ToolCallForm</name>
    <message>
        <source>&amp;Call tool</source>
        <translation>&amp;Llamar a la herramienta</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Herramienta</translation>
    </message>
    <message>
        <source>Runs the connection again and calls this tool at its end.</source>
        <translation>Ejecuta la conexión de nuevo y llama a esta herramienta al final.</translation>
    </message>
    <message>
        <source>&amp;Tool:</source>
        <translation>&amp;Herramienta:</translation>
    </message>
    <message>
        <source>The tools appear here after a run that reached tools/list.</source>
        <translation>Las herramientas aparecen aquí tras una ejecución que haya llegado a tools/list.</translation>
    </message>
    <message>
        <source>This tool takes no arguments.</source>
        <translation>Esta herramienta no acepta argumentos.</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(sin establecer)</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>JSON (%1)</source>
        <translation>JSON (%1)</translation>
    </message>
    <message>
        <source>any type</source>
        <translation>cualquier tipo</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* obligatorio</translation>
    </message>
    <message>
        <source>Run the connection first: it lists the tools.</source>
        <translation>Ejecute primero la conexión: así se listan las herramientas.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 es obligatorio.</translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation>%1 debe ser un número entero.</translation>
    </message>
    <message>
        <source>%1 must be a number.</source>
        <translation>%1 debe ser un número.</translation>
    </message>
    <message>
        <source>%1 must be JSON.</source>
        <translation>%1 debe ser JSON.</translation>
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
        <translation>Solicitud JSON-RPC</translation>
    </message>
    <message>
        <source>JSON-RPC response</source>
        <translation>Respuesta JSON-RPC</translation>
    </message>
    <message>
        <source>JSON-RPC notification</source>
        <translation>Notificación JSON-RPC</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Navegador</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>error</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>error %1</translation>
    </message>
    <message>
        <source>result</source>
        <translation>resultado</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>+%1 ms</source>
        <translation>+%1 ms</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Solicitud</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
</context>
<context>
    <name>mcpauth::UserEditorDialog</name>
    <message>
        <source>Add User</source>
        <translation>Añadir usuario</translation>
    </message>
    <message>
        <source>Edit User %1</source>
        <translation>Editar el usuario %1</translation>
    </message>
    <message>
        <source>Or&amp;ganization:</source>
        <translation>Or&amp;ganización:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>Nombre de &amp;usuario:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Nombre para &amp;mostrar:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <source>&amp;Administrator: may hold the built-in MCP server&apos;s administrator-only scopes</source>
        <translation>&amp;Administrador: puede recibir los ámbitos solo para administradores del servidor MCP integrado</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>Could not load the organizations: %1</source>
        <translation>No se pudieron cargar las organizaciones: %1</translation>
    </message>
</context>
<context>
    <name>mcpauth::UserTableModel</name>
    <message>
        <source>Cannot sign in; their tokens were revoked when the account was disabled.</source>
        <translation>No puede iniciar sesión; sus tokens se revocaron al deshabilitar la cuenta.</translation>
    </message>
    <message>
        <source>May consent to the administrator-only scopes of the built-in MCP server.</source>
        <translation>Puede dar su consentimiento a los ámbitos solo para administradores del servidor MCP integrado.</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deshabilitado</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Habilitado</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nombre para mostrar</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
</context>
<context>
    <name>mcpauth::UsersPage</name>
    <message>
        <source>Filter by username, name or email (Ctrl+F)</source>
        <translation>Filtrar por nombre de usuario, nombre o correo electrónico (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter users</source>
        <translation>Filtrar usuarios</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Añadir usuario</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation>Editar el usuario</translation>
    </message>
    <message>
        <source>D&amp;isable</source>
        <translation>Des&amp;habilitar</translation>
    </message>
    <message>
        <source>Disable or enable user</source>
        <translation>Deshabilitar o habilitar el usuario</translation>
    </message>
    <message>
        <source>&amp;Reset Password…</source>
        <translation>&amp;Restablecer contraseña…</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Restablecer la contraseña</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Desbloquear</translation>
    </message>
    <message>
        <source>Unlock user</source>
        <translation>Desbloquear el usuario</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation>Eliminar el usuario</translation>
    </message>
    <message>
        <source>Lift a lockout after repeated failed sign-ins now instead of waiting for it to end.</source>
        <translation>Levantar ahora un bloqueo por intentos fallidos de inicio de sesión en lugar de esperar a que termine.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>&lt;b&gt;Consents in force&lt;/b&gt;</source>
        <translation>&lt;b&gt;Consentimientos en vigor&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Consents of the selected user</source>
        <translation>Consentimientos del usuario seleccionado</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Aplicación</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Recurso</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Ámbitos</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Concedido</translation>
    </message>
    <message>
        <source>Recent tokens of the selected user</source>
        <translation>Tokens recientes del usuario seleccionado</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Emitido</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>Could not load the users</source>
        <translation>No se pudieron cargar los usuarios</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n usuario</numerusform>
            <numerusform>%n usuarios</numerusform>
        </translation>
    </message>
    <message>
        <source>En&amp;able</source>
        <translation>&amp;Habilitar</translation>
    </message>
    <message>
        <source>Let the user sign in again. Tokens revoked when the account was disabled stay revoked.</source>
        <translation>Permitir que el usuario vuelva a iniciar sesión. Los tokens revocados al deshabilitar la cuenta siguen revocados.</translation>
    </message>
    <message>
        <source>Stop the user from signing in and revoke every token of theirs.</source>
        <translation>Impedir que el usuario inicie sesión y revocar todos sus tokens.</translation>
    </message>
    <message>
        <source>User %1 added.</source>
        <translation>Usuario %1 añadido.</translation>
    </message>
    <message>
        <source>User %1 saved.</source>
        <translation>Usuario %1 guardado.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>The password of %1. Give it to them over a channel you trust; they sign in with it at the local authorization server&apos;s login page.</source>
        <translation>La contraseña de %1. Entréguesela por un canal de confianza; con ella se inicia sesión en la página de inicio de sesión del servidor de autorización local.</translation>
    </message>
    <message>
        <source>Could not change %1</source>
        <translation>No se pudo cambiar %1</translation>
    </message>
    <message>
        <source>User %1 disabled; their tokens were revoked.</source>
        <translation>Usuario %1 deshabilitado; sus tokens se revocaron.</translation>
    </message>
    <message>
        <source>User %1 enabled.</source>
        <translation>Usuario %1 habilitado.</translation>
    </message>
    <message>
        <source>Disable User</source>
        <translation>Deshabilitar el usuario</translation>
    </message>
    <message>
        <source>Disable %1?</source>
        <translation>¿Deshabilitar a %1?</translation>
    </message>
    <message numerus="yes">
        <source>They can no longer sign in, and every token of theirs is revoked now (%n token(s) are active). Enabling them later revives no token.</source>
        <translation>
            <numerusform>Ya no podrá iniciar sesión y todos sus tokens se revocan ahora (%n token activo). Habilitar la cuenta más tarde no reactiva ningún token.</numerusform>
            <numerusform>Ya no podrá iniciar sesión y todos sus tokens se revocan ahora (%n tokens activos). Habilitar la cuenta más tarde no reactiva ningún token.</numerusform>
        </translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Deshabilitar</translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation>Se restableció la contraseña de %1.</translation>
    </message>
    <message>
        <source>Could not unlock %1</source>
        <translation>No se pudo desbloquear %1</translation>
    </message>
    <message>
        <source>%1 may sign in again: failed attempts are forgotten.</source>
        <translation>%1 puede volver a iniciar sesión: se han olvidado los intentos fallidos.</translation>
    </message>
    <message>
        <source>Delete User</source>
        <translation>Eliminar el usuario</translation>
    </message>
    <message>
        <source>Delete the user %1?</source>
        <translation>¿Eliminar el usuario %1?</translation>
    </message>
    <message>
        <source>Their %1 and %2 are deleted with them, so no token of theirs works any more. The audit log keeps the history.</source>
        <translation>Se eliminan con el usuario sus %1 y %2, así que ya no funciona ninguno de sus tokens. El registro de auditoría conserva el historial.</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n token</numerusform>
            <numerusform>%n tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s)</source>
        <translation>
            <numerusform>%n consentimiento</numerusform>
            <numerusform>%n consentimientos</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Could not delete %1</source>
        <translation>No se pudo eliminar %1</translation>
    </message>
    <message>
        <source>User %1 deleted.</source>
        <translation>Usuario %1 eliminado.</translation>
    </message>
    <message>
        <source>Select a user to see their consents and tokens.</source>
        <translation>Seleccione un usuario para ver sus consentimientos y tokens.</translation>
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
        <translation>Cargando tokens…</translation>
    </message>
    <message>
        <source>Could not load the consents</source>
        <translation>No se pudieron cargar los consentimientos</translation>
    </message>
    <message>
        <source>Could not count the tokens: %1</source>
        <translation>No se pudieron contar los tokens: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tokens&lt;/b&gt;: none.</source>
        <translation>&lt;b&gt;Tokens&lt;/b&gt;: ninguno.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tokens&lt;/b&gt;: %1, %2 active. The most recent:</source>
        <translation>&lt;b&gt;Tokens&lt;/b&gt;: %1, %2 activos. Los más recientes:</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Caducado</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocado</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Acceso</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualización</translation>
    </message>
    <message>
        <source>Token ID %1, audience %2, scopes %3</source>
        <translation>ID de token %1, audiencia %2, ámbitos %3</translation>
    </message>
</context>
</TS>
