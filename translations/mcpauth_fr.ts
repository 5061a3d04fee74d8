<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>BackendFactory</name>
    <message>
        <source>This build does not know how to connect to %1.</source>
        <translation>Cette version ne sait pas se connecter à %1.</translation>
    </message>
</context>
<context>
    <name>Capability</name>
    <message>
        <source>Organizations</source>
        <translation>Organisations</translation>
    </message>
    <message>
        <source>List applications</source>
        <translation>Lister les applications</translation>
    </message>
    <message>
        <source>Create, edit and delete applications</source>
        <translation>Créer, modifier et supprimer des applications</translation>
    </message>
    <message>
        <source>Rotate client secrets</source>
        <translation>Renouveler les secrets client</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Portées</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>List tokens</source>
        <translation>Lister les jetons</translation>
    </message>
    <message>
        <source>Look up a token</source>
        <translation>Rechercher un jeton</translation>
    </message>
    <message>
        <source>Revoke tokens</source>
        <translation>Révoquer des jetons</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Verify the audit chain</source>
        <translation>Vérifier la chaîne d&apos;audit</translation>
    </message>
    <message>
        <source>Signing keys</source>
        <translation>Clés de signature</translation>
    </message>
    <message>
        <source>Dynamic registration policy</source>
        <translation>Stratégie d&apos;enregistrement dynamique</translation>
    </message>
    <message>
        <source>Live updates</source>
        <translation>Mises à jour en direct</translation>
    </message>
    <message>
        <source>Delete token records</source>
        <translation>Supprimer les enregistrements de jetons</translation>
    </message>
</context>
<context>
    <name>CasdoorMapping</name>
    <message>
        <source>Casdoor does not accept &quot;%1&quot; in a name (none of %2 may appear); use letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>Casdoor n’accepte pas « %1 » dans un nom (aucun de %2 n’est permis) ; utilisez des lettres, des chiffres, « - » et « _ ».</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Saisissez un nom.</translation>
    </message>
    <message>
        <source>Casdoor has no &quot;:*&quot; port wildcard, and its scheme-less form would also accept plain http on %1. Register the exact port.</source>
        <translation>Casdoor n’a pas de joker de port « :* », et sa forme sans schéma accepterait aussi le http non chiffré sur %1. Enregistrez le port exact.</translation>
    </message>
    <message>
        <source>%1 is stored in Casdoor as %2: Casdoor has no &quot;:*&quot; port wildcard; its scheme-less form accepts any port (and https too) on the loopback host.</source>
        <translation>%1 est enregistrée dans Casdoor sous la forme %2 : Casdoor n’a pas de joker de port « :* » ; sa forme sans schéma accepte n’importe quel port (et https aussi) sur l’hôte de bouclage.</translation>
    </message>
    <message>
        <source>Casdoor cannot require PKCE: it checks the code verifier whenever a client sends a challenge, and accepts requests without one.</source>
        <translation>Casdoor ne peut pas exiger PKCE : il vérifie le code verifier chaque fois qu’un client envoie un challenge, et accepte les requêtes sans.</translation>
    </message>
    <message>
        <source>Casdoor issues JWT access tokens only.</source>
        <translation>Casdoor n’émet que des jetons d’accès JWT.</translation>
    </message>
    <message>
        <source>Casdoor&apos;s consent policy is fixed: it asks once for the scopes listed in the application&apos;s consent scopes, and remembers the answer.</source>
        <translation>La politique de consentement de Casdoor est fixe : il demande une fois les scopes listés dans les scopes de consentement de l’application, et retient la réponse.</translation>
    </message>
    <message>
        <source>Casdoor has no CORS setting per application: it allows an origin that matches one of the application&apos;s redirect URIs, or a loopback origin.</source>
        <translation>Casdoor n’a pas de réglage CORS par application : il autorise une origine qui correspond à l’une des URI de redirection de l’application, ou une origine de bouclage.</translation>
    </message>
    <message>
        <source>Casdoor&apos;s dynamic registration is either open or disabled; it cannot restrict redirect URIs to patterns.</source>
        <translation>L’enregistrement dynamique de Casdoor est soit ouvert soit désactivé ; il ne peut pas restreindre les URI de redirection à des motifs.</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>Enter the server&apos;s address, for example https://auth.example.com.</source>
        <translation>Saisissez l&apos;adresse du serveur, par exemple https://auth.example.com.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid URL.</source>
        <translation>« %1 » n&apos;est pas une URL valide.</translation>
    </message>
    <message>
        <source>Use https (plain http is accepted only for 127.0.0.1 and localhost).</source>
        <translation>Utilisez https (le http simple n&apos;est accepté que pour 127.0.0.1 et localhost).</translation>
    </message>
    <message>
        <source>The address must not contain a query or a fragment.</source>
        <translation>L&apos;adresse ne doit contenir ni requête ni fragment.</translation>
    </message>
    <message>
        <source>Put no user name or password in the address; the secret goes in the keychain.</source>
        <translation>Ne mettez ni nom d&apos;utilisateur ni mot de passe dans l&apos;adresse ; le secret est conservé dans le trousseau.</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Mot de passe de la base de données</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Donnez un nom au profil.</translation>
    </message>
    <message>
        <source>The name is longer than 100 characters.</source>
        <translation>Le nom dépasse 100 caractères.</translation>
    </message>
    <message>
        <source>Choose the SQLite file of the store.</source>
        <translation>Choisissez le fichier SQLite du magasin.</translation>
    </message>
    <message>
        <source>This is a PostgreSQL URL: choose Local PostgreSQL.</source>
        <translation>Ceci est une URL PostgreSQL : choisissez PostgreSQL local.</translation>
    </message>
    <message>
        <source>Enter a URL like postgresql://user@host:5432/database.</source>
        <translation>Saisissez une URL comme postgresql://user@host:5432/database.</translation>
    </message>
    <message>
        <source>Enter the Casdoor organization, for example built-in.</source>
        <translation>Saisissez l&apos;organisation Casdoor, par exemple built-in.</translation>
    </message>
    <message>
        <source>Enter the client ID of a Casdoor application.</source>
        <translation>Saisissez l&apos;ID client d&apos;une application Casdoor.</translation>
    </message>
    <message>
        <source>Enter the client ID the console authenticates with.</source>
        <translation>Saisissez l&apos;ID client avec lequel la console s&apos;authentifie.</translation>
    </message>
    <message>
        <source>Unknown backend kind &apos;%1&apos;.</source>
        <translation>Type de backend inconnu « %1 ».</translation>
    </message>
    <message>
        <source>The profile has no id.</source>
        <translation>Le profil n&apos;a pas d&apos;identifiant.</translation>
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
        <translation>Serveur d&apos;autorisation conforme aux standards</translation>
    </message>
    <message>
        <source>Casdoor has no resource entity: the resource indicator is only recorded on each token.</source>
        <translation>Casdoor n&apos;a pas d&apos;entité ressource : l&apos;indicateur de ressource est seulement enregistré sur chaque jeton.</translation>
    </message>
    <message>
        <source>Casdoor keeps scopes inside each application; edit them there.</source>
        <translation>Casdoor conserve les portées dans chaque application ; modifiez-les là.</translation>
    </message>
    <message>
        <source>Manage Casdoor&apos;s users in Casdoor&apos;s own user pages.</source>
        <translation>Gérez les utilisateurs de Casdoor dans les pages utilisateurs de Casdoor.</translation>
    </message>
    <message>
        <source>Casdoor has no introspection for the console&apos;s credentials; look tokens up in the list.</source>
        <translation>Casdoor n&apos;offre pas d&apos;introspection pour les identifiants de la console ; recherchez les jetons dans la liste.</translation>
    </message>
    <message>
        <source>Casdoor&apos;s records are not hash-chained, so there is nothing to verify.</source>
        <translation>Les enregistrements de Casdoor ne sont pas chaînés par hachage ; il n&apos;y a donc rien à vérifier.</translation>
    </message>
    <message>
        <source>Casdoor&apos;s signing certificates are managed in Casdoor.</source>
        <translation>Les certificats de signature de Casdoor sont gérés dans Casdoor.</translation>
    </message>
    <message>
        <source>Casdoor does not announce changes; refresh with F5.</source>
        <translation>Casdoor n&apos;annonce pas les modifications ; actualisez avec F5.</translation>
    </message>
    <message>
        <source>The OAuth standards have no organizations.</source>
        <translation>Les standards OAuth n&apos;ont pas d&apos;organisations.</translation>
    </message>
    <message>
        <source>Rotate a client&apos;s secret by updating its registration (RFC 7592) on the server.</source>
        <translation>Renouvelez le secret d&apos;un client en mettant à jour son enregistrement (RFC 7592) sur le serveur.</translation>
    </message>
    <message>
        <source>The OAuth standards have no API to list a server&apos;s resources.</source>
        <translation>Les standards OAuth n&apos;ont pas d&apos;API pour lister les ressources d&apos;un serveur.</translation>
    </message>
    <message>
        <source>The OAuth standards have no API to manage scopes.</source>
        <translation>Les standards OAuth n&apos;ont pas d&apos;API pour gérer les portées.</translation>
    </message>
    <message>
        <source>The OAuth standards have no API to manage users.</source>
        <translation>Les standards OAuth n&apos;ont pas d&apos;API pour gérer les utilisateurs.</translation>
    </message>
    <message>
        <source>The OAuth standards cannot list tokens; paste a token to look it up (RFC 7662).</source>
        <translation>Les standards OAuth ne permettent pas de lister les jetons ; collez un jeton pour le rechercher (RFC 7662).</translation>
    </message>
    <message>
        <source>The OAuth standards have no API for consents.</source>
        <translation>Les standards OAuth n&apos;ont pas d&apos;API pour les consentements.</translation>
    </message>
    <message>
        <source>The OAuth standards have no API for an audit log.</source>
        <translation>Les standards OAuth n&apos;ont pas d&apos;API pour un journal d&apos;audit.</translation>
    </message>
    <message>
        <source>A server&apos;s signing keys are read from its JWKS, not managed.</source>
        <translation>Les clés de signature d&apos;un serveur sont lues dans son JWKS, pas gérées.</translation>
    </message>
    <message>
        <source>The OAuth standards have no API for registration policy.</source>
        <translation>Les standards OAuth n&apos;ont pas d&apos;API pour la stratégie d&apos;enregistrement.</translation>
    </message>
    <message>
        <source>The server does not announce changes; refresh with F5.</source>
        <translation>Le serveur n&apos;annonce pas les modifications ; actualisez avec F5.</translation>
    </message>
    <message>
        <source>The local store keeps every token&apos;s record for the audit trail; revoke the token instead.</source>
        <translation>Le stockage local conserve l’enregistrement de chaque jeton pour la piste d’audit ; révoquez plutôt le jeton.</translation>
    </message>
    <message>
        <source>The OAuth standards revoke tokens (RFC 7009); they cannot delete them.</source>
        <translation>Les standards OAuth révoquent les jetons (RFC 7009) ; ils ne peuvent pas les supprimer.</translation>
    </message>
</context>
<context>
    <name>ConnectionProfileStore</name>
    <message>
        <source>A profile named &apos;%1&apos; exists already.</source>
        <translation>Un profil nommé « %1 » existe déjà.</translation>
    </message>
    <message>
        <source>There is no such profile.</source>
        <translation>Ce profil n&apos;existe pas.</translation>
    </message>
</context>
<context>
    <name>ErrorMessage</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Type : %1</translation>
    </message>
    <message>
        <source>Field: %1</source>
        <translation>Champ : %1</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>Message : %1</translation>
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
        <translation>Le jeton est signé avec « %1 » ; le serveur local ne signe qu&apos;avec RS256 et ES256, il n&apos;a donc pas émis ce jeton.</translation>
    </message>
    <message>
        <source>no algorithm</source>
        <translation>aucun algorithme</translation>
    </message>
    <message>
        <source>No key of the local server has the key ID &apos;%1&apos;: another server issued this token, or its key was removed.</source>
        <translation>Aucune clé du serveur local n&apos;a l&apos;ID de clé « %1 » : un autre serveur a émis ce jeton, ou sa clé a été supprimée.</translation>
    </message>
    <message>
        <source>The key &apos;%1&apos; is no longer published in the JWKS, so resource servers reject every token it signed.</source>
        <translation>La clé « %1 » n&apos;est plus publiée dans le JWKS ; les serveurs de ressources rejettent donc tous les jetons qu&apos;elle a signés.</translation>
    </message>
    <message>
        <source>The header says %1, but the key &apos;%2&apos; is a %3 key.</source>
        <translation>L&apos;en-tête indique %1, mais la clé « %2 » est une clé %3.</translation>
    </message>
    <message>
        <source>The stored public key &apos;%1&apos; could not be read.</source>
        <translation>La clé publique enregistrée « %1 » n&apos;a pas pu être lue.</translation>
    </message>
    <message>
        <source>The signature does not match the key &apos;%1&apos;: the token was altered after it was signed.</source>
        <translation>La signature ne correspond pas à la clé « %1 » : le jeton a été modifié après sa signature.</translation>
    </message>
    <message>
        <source>The signature is valid: signed by the local server&apos;s %1 key &apos;%2&apos;.</source>
        <translation>La signature est valide : signée par la clé %1 « %2 » du serveur local.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>any time</source>
        <translation>à tout moment</translation>
    </message>
</context>
<context>
    <name>RegistrationKeyring</name>
    <message>
        <source>This console holds no registration access token for client &apos;%1&apos;, so it cannot manage it: only clients registered from this console (on this machine) can be.</source>
        <translation>Cette console ne détient aucun jeton d&apos;accès d&apos;enregistrement pour le client « %1 » et ne peut donc pas le gérer : seuls les clients enregistrés depuis cette console (sur cette machine) peuvent l&apos;être.</translation>
    </message>
</context>
<context>
    <name>RemoteSession</name>
    <message>
        <source>No client secret for &apos;%1&apos;: set MCPAUTH_CLIENT_SECRET, or save the profile&apos;s secret in the console (File &gt; Connection Profiles). The keychain said: %2</source>
        <translation>Aucun secret client pour « %1 » : définissez MCPAUTH_CLIENT_SECRET ou enregistrez le secret du profil dans la console (Fichier &gt; Profils de connexion). Réponse du trousseau : %2</translation>
    </message>
</context>
<context>
    <name>mcpauth::ApplicationEditorDialog</name>
    <message>
        <source>New Application</source>
        <translation>Nouvelle application</translation>
    </message>
    <message>
        <source>Edit Application %1</source>
        <translation>Modifier l&apos;application %1</translation>
    </message>
    <message>
        <source>Application settings</source>
        <translation>Paramètres de l&apos;application</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>&amp;Redirects &amp;&amp; grants</source>
        <translation>&amp;Redirections &amp;&amp; autorisations</translation>
    </message>
    <message>
        <source>T&amp;okens &amp;&amp; consent</source>
        <translation>&amp;Jetons &amp;&amp; consentement</translation>
    </message>
    <message>
        <source>None: start from defaults</source>
        <translation>Aucun : partir des valeurs par défaut</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Modèle :</translation>
    </message>
    <message>
        <source>Or&amp;ganization:</source>
        <translation>Organisat&amp;ion :</translation>
    </message>
    <message>
        <source>A short unique name, e.g. cursor-team</source>
        <translation>Un nom court et unique, p. ex. cursor-team</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Nom &amp;affiché :</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escription :</translation>
    </message>
    <message>
        <source>Generated when left empty</source>
        <translation>Généré s&apos;il est laissé vide</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>ID &amp;client :</translation>
    </message>
    <message>
        <source>Public: an app on a device, no secret (PKCE)</source>
        <translation>Public : une application sur un appareil, sans secret (PKCE)</translation>
    </message>
    <message>
        <source>Confidential: runs on a server, has a secret</source>
        <translation>Confidentiel : s&apos;exécute sur un serveur, possède un secret</translation>
    </message>
    <message>
        <source>Client t&amp;ype:</source>
        <translation>T&amp;ype de client :</translation>
    </message>
    <message>
        <source>none (public clients)</source>
        <translation>none (clients publics)</translation>
    </message>
    <message>
        <source>client_secret_basic (HTTP Basic)</source>
        <translation>client_secret_basic (HTTP Basic)</translation>
    </message>
    <message>
        <source>client_secret_post (in the form)</source>
        <translation>client_secret_post (dans le formulaire)</translation>
    </message>
    <message>
        <source>Token endpoint &amp;authentication:</source>
        <translation>A&amp;uthentification au point de terminaison de jeton :</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Ca&amp;tégorie :</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>Redirect URIs:</source>
        <translation>URI de redirection :</translation>
    </message>
    <message>
        <source>authorization_code: a person signs in and consents</source>
        <translation>authorization_code : une personne se connecte et donne son consentement</translation>
    </message>
    <message>
        <source>refresh_token: new access tokens without signing in again</source>
        <translation>refresh_token : nouveaux jetons d&apos;accès sans se reconnecter</translation>
    </message>
    <message>
        <source>client_credentials: the client acts for itself (confidential only)</source>
        <translation>client_credentials : le client agit pour lui-même (confidentiel uniquement)</translation>
    </message>
    <message>
        <source>Grant types:</source>
        <translation>Types d&apos;autorisation :</translation>
    </message>
    <message>
        <source>Require &amp;PKCE (S256) on every authorization request</source>
        <translation>Exiger &amp;PKCE (S256) pour chaque demande d&apos;autorisation</translation>
    </message>
    <message>
        <source>JWT (verifiable by the resource)</source>
        <translation>JWT (vérifiable par la ressource)</translation>
    </message>
    <message>
        <source>Opaque (checked by introspection)</source>
        <translation>Opaque (vérifié par introspection)</translation>
    </message>
    <message>
        <source>Token &amp;format:</source>
        <translation>&amp;Format du jeton :</translation>
    </message>
    <message>
        <source>&amp;Signing algorithm:</source>
        <translation>Algorithme de &amp;signature :</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>From %1 s (one minute) to %2 s (one day).</source>
        <translation>De %1 s (une minute) à %2 s (un jour).</translation>
    </message>
    <message>
        <source>A&amp;ccess token lifetime:</source>
        <translation>Durée de vie du jeton d&apos;a&amp;ccès :</translation>
    </message>
    <message>
        <source>At most %1 s (one year).</source>
        <translation>Au plus %1 s (un an).</translation>
    </message>
    <message>
        <source>&amp;Refresh token lifetime:</source>
        <translation>Durée de vie du jeton d&apos;act&amp;ualisation :</translation>
    </message>
    <message>
        <source>Once: ask the first time, remember the answer</source>
        <translation>Une fois : demander la première fois, mémoriser la réponse</translation>
    </message>
    <message>
        <source>Always: ask on every authorization</source>
        <translation>Toujours : demander à chaque autorisation</translation>
    </message>
    <message>
        <source>Never: trusted first-party client</source>
        <translation>Jamais : client interne de confiance</translation>
    </message>
    <message>
        <source>Co&amp;nsent:</source>
        <translation>Co&amp;nsentement :</translation>
    </message>
    <message>
        <source>Space-separated; empty: any scope of the resource</source>
        <translation>Séparées par des espaces ; vide : toute portée de la ressource</translation>
    </message>
    <message>
        <source>Allowed sco&amp;pes:</source>
        <translation>&amp;Portées autorisées :</translation>
    </message>
    <message>
        <source>Space-separated origins, e.g. https://app.example.com</source>
        <translation>Origines séparées par des espaces, p. ex. https://app.example.com</translation>
    </message>
    <message>
        <source>CORS &amp;origins:</source>
        <translation>&amp;Origines CORS :</translation>
    </message>
    <message>
        <source>Could not load the organizations: %1</source>
        <translation>Impossible de charger les organisations : %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n problem(s))</source>
        <translation>
            <numerusform>%1 (%n problème)</numerusform>
            <numerusform>%1 (%n problèmes)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mcpauth::ApplicationTableModel</name>
    <message>
        <source>Confidential</source>
        <translation>Confidentiel</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Toujours</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Une fois</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Console</translation>
    </message>
    <message>
        <source>CLI</source>
        <translation>CLI</translation>
    </message>
    <message>
        <source>Dynamic registration</source>
        <translation>Enregistrement dynamique</translation>
    </message>
    <message>
        <source>Metadata document</source>
        <translation>Document de métadonnées</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>Client type</source>
        <translation>Type de client</translation>
    </message>
    <message>
        <source>Redirect URIs</source>
        <translation>URI de redirection</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Créé par</translation>
    </message>
</context>
<context>
    <name>mcpauth::ApplicationsPage</name>
    <message>
        <source>Filter by name, client ID or redirect URI (Ctrl+F)</source>
        <translation>Filtrer par nom, ID client ou URI de redirection (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter applications</source>
        <translation>Filtrer les applications</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouvelle…</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>Nouvelle application</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit application</source>
        <translation>Modifier l&apos;application</translation>
    </message>
    <message>
        <source>&amp;Rotate Secret…</source>
        <translation>&amp;Renouveler le secret…</translation>
    </message>
    <message>
        <source>Rotate the client secret</source>
        <translation>Renouveler le secret client</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Delete application</source>
        <translation>Supprimer l&apos;application</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>Could not load the applications</source>
        <translation>Impossible de charger les applications</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n application</numerusform>
            <numerusform>%n applications</numerusform>
        </translation>
    </message>
    <message>
        <source>New application (Ctrl+N)</source>
        <translation>Nouvelle application (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit the selected application (Enter)</source>
        <translation>Modifier l&apos;application sélectionnée (Enter)</translation>
    </message>
    <message>
        <source>Delete the selected application (Delete)</source>
        <translation>Supprimer l&apos;application sélectionnée (Delete)</translation>
    </message>
    <message>
        <source>A public client has no secret: it proves itself with PKCE.</source>
        <translation>Un client public n&apos;a pas de secret : il prouve son identité avec PKCE.</translation>
    </message>
    <message>
        <source>Issue a new client secret; the current one stops working at once.</source>
        <translation>Émettre un nouveau secret client ; l&apos;actuel cesse immédiatement de fonctionner.</translation>
    </message>
    <message>
        <source>Application %1 created.</source>
        <translation>Application %1 créée.</translation>
    </message>
    <message>
        <source>Application %1 saved.</source>
        <translation>Application %1 enregistrée.</translation>
    </message>
    <message>
        <source>Client Secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>The client secret of %1 (client ID %2). Put it in the client&apos;s configuration.</source>
        <translation>Le secret client de %1 (ID client %2). Placez-le dans la configuration du client.</translation>
    </message>
    <message>
        <source>Rotate Client Secret</source>
        <translation>Renouveler le secret client</translation>
    </message>
    <message>
        <source>Rotate the client secret of %1?</source>
        <translation>Renouveler le secret client de %1 ?</translation>
    </message>
    <message>
        <source>The current secret stops working at once: every client that uses it must be given the new one. Tokens already issued stay valid.</source>
        <translation>Le secret actuel cesse immédiatement de fonctionner : chaque client qui l&apos;utilise doit recevoir le nouveau. Les jetons déjà émis restent valides.</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Renouveler</translation>
    </message>
    <message>
        <source>Could not rotate the secret of %1</source>
        <translation>Impossible de renouveler le secret de %1</translation>
    </message>
    <message>
        <source>The secret of %1 was rotated.</source>
        <translation>Le secret de %1 a été renouvelé.</translation>
    </message>
    <message>
        <source>New Client Secret</source>
        <translation>Nouveau secret client</translation>
    </message>
    <message>
        <source>The new client secret of %1 (client ID %2). The previous one no longer works.</source>
        <translation>Le nouveau secret client de %1 (ID client %2). L&apos;ancien ne fonctionne plus.</translation>
    </message>
    <message>
        <source>Could not delete %1</source>
        <translation>Impossible de supprimer %1</translation>
    </message>
    <message>
        <source>Delete Application</source>
        <translation>Supprimer l&apos;application</translation>
    </message>
    <message>
        <source>Delete the application %1?</source>
        <translation>Supprimer l&apos;application %1 ?</translation>
    </message>
    <message>
        <source>Its %1 (%2 still active) and %3 are deleted with it, and clients using client ID %4 can no longer sign in. The audit log keeps the history.</source>
        <translation>Ses %1 (dont %2 encore actifs) et %3 sont supprimés avec elle, et les clients utilisant l&apos;ID client %4 ne peuvent plus se connecter. Le journal d&apos;audit conserve l&apos;historique.</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n jeton</numerusform>
            <numerusform>%n jetons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s)</source>
        <translation>
            <numerusform>%n consentement</numerusform>
            <numerusform>%n consentements</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Application %1 deleted with %2 and %3.</source>
        <translation>Application %1 supprimée avec %2 et %3.</translation>
    </message>
    <message>
        <source>Only the clients registered from this console are listed: the OAuth standards have no way to list a server&apos;s clients. Their registration access tokens are in the keychain.</source>
        <translation>Seuls les clients enregistrés depuis cette console sont listés : les standards OAuth ne permettent pas de lister les clients d&apos;un serveur. Leurs jetons d&apos;accès d&apos;enregistrement sont dans le trousseau.</translation>
    </message>
</context>
<context>
    <name>mcpauth::AuditPage</name>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Texte :</translation>
    </message>
    <message>
        <source>Anywhere in the event (Ctrl+F)</source>
        <translation>N&apos;importe où dans l&apos;événement (Ctrl+F)</translation>
    </message>
    <message>
        <source>Ac&amp;tor:</source>
        <translation>Act&amp;eur :</translation>
    </message>
    <message>
        <source>cli:root, console:alice, server…</source>
        <translation>cli:root, console:alice, server…</translation>
    </message>
    <message>
        <source>Acti&amp;on:</source>
        <translation>Acti&amp;on :</translation>
    </message>
    <message>
        <source>token.revoke, or token. for all</source>
        <translation>token.revoke, ou token. pour toutes</translation>
    </message>
    <message>
        <source>Tar&amp;get ID:</source>
        <translation>ID de la &amp;cible :</translation>
    </message>
    <message>
        <source>The id of an entity</source>
        <translation>L&apos;identifiant d&apos;une entité</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Succès</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>Rés&amp;ultat :</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant le</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>&amp;before:</source>
        <translation>&amp;avant le :</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>&amp;Vérifier la chaîne</translation>
    </message>
    <message>
        <source>Recompute every event&apos;s hash: shows whether any stored event was changed or removed</source>
        <translation>Recalculer le hachage de chaque événement : indique si un événement enregistré a été modifié ou supprimé</translation>
    </message>
    <message>
        <source>Verification progress</source>
        <translation>Progression de la vérification</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Write the events that match the filter to a CSV or JSON file</source>
        <translation>Écrire les événements correspondant au filtre dans un fichier CSV ou JSON</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Événements d&apos;audit</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>Détails de l&apos;événement</translation>
    </message>
    <message>
        <source>Select an event to see its details.</source>
        <translation>Sélectionnez un événement pour voir ses détails.</translation>
    </message>
    <message>
        <source>Could not load the audit log</source>
        <translation>Impossible de charger le journal d&apos;audit</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
        <source>%1 event(s)</source>
        <translation>
            <numerusform>%1 événement</numerusform>
            <numerusform>%1 événements</numerusform>
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
        <translation>Événement %1, %2 (UTC)
Acteur : %3
Action : %4
Cible : %5 %6
Résultat : %7
Source : %8

</translation>
    </message>
    <message>
        <source>No details.</source>
        <translation>Aucun détail.</translation>
    </message>
    <message>
        <source>
Hash: %1
Previous: %2</source>
        <translation>
Hachage : %1
Précédent : %2</translation>
    </message>
    <message>
        <source>Checking every event&apos;s hash…</source>
        <translation>Vérification du hachage de chaque événement…</translation>
    </message>
    <message>
        <source>The chain could not be checked.</source>
        <translation>La chaîne n&apos;a pas pu être vérifiée.</translation>
    </message>
    <message>
        <source>Could not verify the audit log</source>
        <translation>Impossible de vérifier le journal d&apos;audit</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Intact&lt;/b&gt;: all %n event(s) are in the chain unchanged; none was altered, removed or reordered.</source>
        <translation>
            <numerusform>&lt;b&gt;Intacte&lt;/b&gt; : %n événement figure inchangé dans la chaîne ; aucun n&apos;a été modifié, supprimé ou réordonné.</numerusform>
            <numerusform>&lt;b&gt;Intacte&lt;/b&gt; : les %n événements figurent inchangés dans la chaîne ; aucun n&apos;a été modifié, supprimé ou réordonné.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Broken at event %1&lt;/b&gt;: %2 Events from there on cannot be trusted; compare them with a backup.</source>
        <translation>&lt;b&gt;Rompue à l&apos;événement %1&lt;/b&gt; : %2 Les événements à partir de celui-ci ne sont pas fiables ; comparez-les avec une sauvegarde.</translation>
    </message>
    <message>
        <source>The audit chain is intact.</source>
        <translation>La chaîne d&apos;audit est intacte.</translation>
    </message>
    <message>
        <source>The audit chain is broken.</source>
        <translation>La chaîne d&apos;audit est rompue.</translation>
    </message>
</context>
<context>
    <name>mcpauth::AuditTableModel</name>
    <message>
        <source>Success</source>
        <translation>Succès</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Échec</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
</context>
<context>
    <name>mcpauth::Backend</name>
    <message>
        <source>%1 is not available on this backend.</source>
        <translation>%1 n&apos;est pas disponible sur ce backend.</translation>
    </message>
    <message>
        <source>This backend publishes no authorization server metadata.</source>
        <translation>Ce backend ne publie aucune métadonnée de serveur d&apos;autorisation.</translation>
    </message>
</context>
<context>
    <name>mcpauth::CasdoorBackend</name>
    <message>
        <source>Casdoor: %1 (organization %2)</source>
        <translation>Casdoor : %1 (organisation %2)</translation>
    </message>
    <message>
        <source>Casdoor generates an application&apos;s secret once; change it in Casdoor&apos;s application page.</source>
        <translation>Casdoor génère le secret d’une application une seule fois ; modifiez-le dans la page de l’application de Casdoor.</translation>
    </message>
    <message>
        <source>Casdoor&apos;s consent policy is fixed: it asks once for the scopes listed in the application&apos;s consent scopes, and remembers the answer.</source>
        <translation>La politique de consentement de Casdoor est fixe : il demande une fois les scopes listés dans les scopes de consentement de l’application, et retient la réponse.</translation>
    </message>
    <message>
        <source>Casdoor has no &quot;:*&quot; port wildcard: http://127.0.0.1:*/callback is stored as 127.0.0.1/callback, its scheme-less form, which accepts any port (and https too). Casdoor also accepts any http://localhost and http://127.0.0.1 redirect for every application.</source>
        <translation>Casdoor n’a pas de joker de port « :* » : http://127.0.0.1:*/callback est enregistrée sous la forme 127.0.0.1/callback, sa forme sans schéma, qui accepte n’importe quel port (et https aussi). Casdoor accepte aussi toute redirection http://localhost et http://127.0.0.1 pour chaque application.</translation>
    </message>
    <message>
        <source>Casdoor cannot require PKCE: it checks the code verifier whenever a client sends a challenge, and accepts requests without one.</source>
        <translation>Casdoor ne peut pas exiger PKCE : il vérifie le code verifier chaque fois qu’un client envoie un challenge, et accepte les requêtes sans.</translation>
    </message>
    <message>
        <source>Casdoor has no CORS setting per application: it allows an origin that matches one of the application&apos;s redirect URIs, or a loopback origin.</source>
        <translation>Casdoor n’a pas de réglage CORS par application : il autorise une origine qui correspond à l’une des URI de redirection de l’application, ou une origine de bouclage.</translation>
    </message>
    <message>
        <source>Casdoor has no revocation endpoint. Expiring a token keeps its record (update-token with expiresIn 0); deleting removes it. Either way Casdoor refuses the token from then on, but a resource server that validates the JWT offline accepts it until it expires.</source>
        <translation>Casdoor n’a pas de point de révocation. Faire expirer un jeton conserve son enregistrement (update-token avec expiresIn 0) ; le supprimer l’efface. Dans les deux cas, Casdoor refuse ensuite le jeton, mais un serveur de ressources qui valide le JWT hors ligne l’accepte jusqu’à son expiration.</translation>
    </message>
    <message>
        <source>Casdoor keeps consents in each user&apos;s applicationScopes. Revoking a consent does not revoke the tokens already issued.</source>
        <translation>Casdoor conserve les consentements dans les applicationScopes de chaque utilisateur. Révoquer un consentement ne révoque pas les jetons déjà émis.</translation>
    </message>
    <message>
        <source>These are Casdoor&apos;s records: by default only POST requests are recorded, and calls made with application credentials (like this console&apos;s) may not be recorded at all.</source>
        <translation>Ce sont les enregistrements de Casdoor : par défaut, seules les requêtes POST sont enregistrées, et les appels faits avec des identifiants d’application (comme ceux de cette console) peuvent ne pas l’être du tout.</translation>
    </message>
    <message>
        <source>Casdoor has no organization &quot;%1&quot;; check the profile&apos;s organization.</source>
        <translation>Casdoor n’a pas d’organisation « %1 » ; vérifiez l’organisation du profil.</translation>
    </message>
    <message>
        <source>Casdoor has no application &quot;%1&quot;.</source>
        <translation>Casdoor n’a pas d’application « %1 ».</translation>
    </message>
    <message>
        <source>Casdoor did not add the application &quot;%1&quot;: the name or client ID may be taken, or the application quota reached.</source>
        <translation>Casdoor n’a pas ajouté l’application « %1 » : le nom ou l’identifiant client est peut-être déjà pris, ou le quota d’applications atteint.</translation>
    </message>
    <message>
        <source>Casdoor did not change the application &quot;%1&quot;.</source>
        <translation>Casdoor n’a pas modifié l’application « %1 ».</translation>
    </message>
    <message>
        <source>Casdoor accepted the change, but reading the application back failed: %1</source>
        <translation>Casdoor a accepté la modification, mais la relecture de l’application a échoué : %1</translation>
    </message>
    <message>
        <source>Casdoor accepted the change but did not store the field &quot;%1&quot;; it holds the value shown after a refresh.</source>
        <translation>Casdoor a accepté la modification mais n’a pas enregistré le champ « %1 » ; il contient la valeur affichée après une actualisation.</translation>
    </message>
    <message>
        <source>%1 Whether the application changed could not be checked: %2</source>
        <translation>%1 Impossible de vérifier si l’application a changé : %2</translation>
    </message>
    <message>
        <source>%1 Nothing was changed (read back from Casdoor).</source>
        <translation>%1 Rien n’a été modifié (relu depuis Casdoor).</translation>
    </message>
    <message>
        <source>%1 The application in Casdoor now differs from before; refresh and check it.</source>
        <translation>%1 L’application dans Casdoor diffère maintenant de ce qu’elle était ; actualisez et vérifiez-la.</translation>
    </message>
    <message>
        <source>Casdoor did not delete the application &quot;%1&quot; (it may be gone already, or be app-built-in, which cannot be deleted).</source>
        <translation>Casdoor n’a pas supprimé l’application « %1 » (elle a peut-être déjà disparu, ou c’est app-built-in, qui ne peut pas être supprimée).</translation>
    </message>
    <message>
        <source>Casdoor has no token %1.</source>
        <translation>Casdoor n’a pas de jeton %1.</translation>
    </message>
    <message>
        <source>The token %1 is already expired in Casdoor.</source>
        <translation>Le jeton %1 a déjà expiré dans Casdoor.</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) expired; then Casdoor refused to expire %1: %2</source>
        <translation>
            <numerusform>%n jeton expiré ; puis Casdoor a refusé de faire expirer %1 : %2</numerusform>
            <numerusform>%n jetons expirés ; puis Casdoor a refusé de faire expirer %1 : %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Casdoor did not expire the token %1.</source>
        <translation>Casdoor n’a pas fait expirer le jeton %1.</translation>
    </message>
    <message>
        <source>Casdoor did not delete the token %1.</source>
        <translation>Casdoor n’a pas supprimé le jeton %1.</translation>
    </message>
    <message>
        <source>No consent has the id %1.</source>
        <translation>Aucun consentement n’a l’identifiant %1.</translation>
    </message>
    <message>
        <source>Casdoor has no user %1.</source>
        <translation>Casdoor n’a pas d’utilisateur %1.</translation>
    </message>
    <message>
        <source>The consent %1 is already gone.</source>
        <translation>Le consentement %1 a déjà disparu.</translation>
    </message>
    <message>
        <source>Casdoor did not change the user&apos;s consents.</source>
        <translation>Casdoor n’a pas modifié les consentements de l’utilisateur.</translation>
    </message>
    <message>
        <source>Casdoor cannot count filtered records; the list shows them.</source>
        <translation>Casdoor ne peut pas compter les enregistrements filtrés ; la liste les montre.</translation>
    </message>
    <message>
        <source>Casdoor has no organization &quot;%1&quot;.</source>
        <translation>Casdoor n’a pas d’organisation « %1 ».</translation>
    </message>
    <message>
        <source>Casdoor counts lifetimes in hours and gives new applications 168 hours (seven days) for access tokens. It accepts up to a year here; the console&apos;s own server allows at most one day, because a leaked access token works until it expires. Lower it unless your clients need it.</source>
        <translation>Casdoor compte les durées de vie en heures et donne aux nouvelles applications 168 heures (sept jours) pour les jetons d’accès. Il accepte ici jusqu’à un an ; le serveur propre de la console autorise au plus un jour, car un jeton d’accès divulgué reste utilisable jusqu’à son expiration. Réduisez-la si vos clients n’en ont pas besoin.</translation>
    </message>
</context>
<context>
    <name>mcpauth::CasdoorClient</name>
    <message>
        <source>Casdoor at %1 could not be reached: %2</source>
        <translation>Casdoor à %1 est injoignable : %2</translation>
    </message>
    <message>
        <source>Casdoor refused the console&apos;s credentials (HTTP %1%2). Check the profile&apos;s client ID and the client secret in the keychain.</source>
        <translation>Casdoor a refusé les identifiants de la console (HTTP %1%2). Vérifiez l’identifiant client du profil et le secret client dans le trousseau.</translation>
    </message>
    <message>
        <source>Casdoor&apos;s answer to %1 (HTTP %2) is not the JSON envelope Casdoor sends. Is %3 a Casdoor server?</source>
        <translation>La réponse de Casdoor à %1 (HTTP %2) n’est pas l’enveloppe JSON qu’envoie Casdoor. %3 est-il un serveur Casdoor ?</translation>
    </message>
    <message>
        <source>Casdoor did not accept the console&apos;s client ID and secret (it answered &quot;%1&quot;). Casdoor ignores wrong credentials and treats the call as anonymous: check the profile&apos;s client ID and the client secret in the keychain.</source>
        <translation>Casdoor n’a pas accepté l’identifiant client et le secret de la console (il a répondu « %1 »). Casdoor ignore les identifiants erronés et traite l’appel comme anonyme : vérifiez l’identifiant client du profil et le secret client dans le trousseau.</translation>
    </message>
    <message>
        <source>Casdoor refused %1: %2</source>
        <translation>Casdoor a refusé %1 : %2</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(aucune raison donnée)</translation>
    </message>
    <message>
        <source>Casdoor answered %1 with HTTP %2.</source>
        <translation>Casdoor a répondu à %1 avec HTTP %2.</translation>
    </message>
    <message>
        <source>Casdoor&apos;s page of %1 has no list or no total count; the server may be older than this console supports.</source>
        <translation>La page de %1 renvoyée par Casdoor n’a pas de liste ou pas de total ; le serveur est peut-être plus ancien que ce que cette console prend en charge.</translation>
    </message>
    <message>
        <source>Casdoor&apos;s list %1 has more than %2 pages; narrow it down.</source>
        <translation>La liste Casdoor %1 a plus de %2 pages ; affinez-la.</translation>
    </message>
</context>
<context>
    <name>mcpauth::ClientPage</name>
    <message>
        <source>Through mcp-remote, which Claude Desktop starts from claude_desktop_config.json.</source>
        <translation>Via mcp-remote, que Claude Desktop lance depuis claude_desktop_config.json.</translation>
    </message>
    <message>
        <source>An http entry in ~/.claude.json, or the claude mcp add command.</source>
        <translation>Une entrée http dans ~/.claude.json, ou la commande claude mcp add.</translation>
    </message>
    <message>
        <source>An entry in ~/.cursor/mcp.json; Cursor signs in through its cursor:// link.</source>
        <translation>Une entrée dans ~/.cursor/mcp.json ; Cursor se connecte via son lien cursor://.</translation>
    </message>
    <message>
        <source>An http server in VS Code&apos;s user mcp.json.</source>
        <translation>Un serveur http dans le fichier mcp.json utilisateur de VS Code.</translation>
    </message>
    <message>
        <source>A serverUrl entry in ~/.codeium/windsurf/mcp_config.json.</source>
        <translation>Une entrée serverUrl dans ~/.codeium/windsurf/mcp_config.json.</translation>
    </message>
    <message>
        <source>The MCP Inspector&apos;s command line, to list the server&apos;s tools.</source>
        <translation>La ligne de commande du MCP Inspector, pour lister les outils du serveur.</translation>
    </message>
    <message>
        <source>Any other MCP client: the console shows what to enter in its settings.</source>
        <translation>Tout autre client MCP : la console indique quoi saisir dans ses paramètres.</translation>
    </message>
    <message>
        <source>Which client do you want to connect?</source>
        <translation>Quel client voulez-vous connecter ?</translation>
    </message>
    <message>
        <source>The wizard writes that client&apos;s configuration and creates what it needs on the authorization server.</source>
        <translation>L&apos;assistant écrit la configuration de ce client et crée ce dont il a besoin sur le serveur d&apos;autorisation.</translation>
    </message>
</context>
<context>
    <name>mcpauth::ConfigPage</name>
    <message>
        <source>The client&apos;s configuration</source>
        <translation>La configuration du client</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Système d&apos;exploitation</translation>
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
        <translation>Nom du serveur dans le client</translation>
    </message>
    <message>
        <source>Configuration entry</source>
        <translation>Entrée de configuration</translation>
    </message>
    <message>
        <source>Code execution warning</source>
        <translation>Avertissement d&apos;exécution de code</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Configuration file</source>
        <translation>Fichier de configuration</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose the configuration file</source>
        <translation>Choisir le fichier de configuration</translation>
    </message>
    <message>
        <source>Changes to the file</source>
        <translation>Modifications du fichier</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>É&amp;crire</translation>
    </message>
    <message>
        <source>Write the configuration file</source>
        <translation>Écrire le fichier de configuration</translation>
    </message>
    <message>
        <source>Writes the file; the old one is kept beside it as a backup.</source>
        <translation>Écrit le fichier ; l&apos;ancien est conservé à côté comme sauvegarde.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>C&amp;opier</translation>
    </message>
    <message>
        <source>Copy to the clipboard</source>
        <translation>Copier dans le presse-papiers</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Server &amp;name:</source>
        <translation>&amp;Nom du serveur :</translation>
    </message>
    <message>
        <source>&amp;System:</source>
        <translation>&amp;Système :</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>&amp;Entry:</source>
        <translation>&amp;Entrée :</translation>
    </message>
    <message>
        <source>&amp;Changes to the file:</source>
        <translation>&amp;Modifications du fichier :</translation>
    </message>
    <message>
        <source>What %1 needs to reach %2. Review the changes, then write the file or copy the text.</source>
        <translation>Ce dont %1 a besoin pour atteindre %2. Vérifiez les modifications, puis écrivez le fichier ou copiez le texte.</translation>
    </message>
    <message>
        <source>MCP server URL: %1</source>
        <translation>URL du serveur MCP : %1</translation>
    </message>
    <message>
        <source>Client ID: %1</source>
        <translation>ID client : %1</translation>
    </message>
    <message>
        <source>Client secret: none (public client, PKCE)</source>
        <translation>Secret client : aucun (client public, PKCE)</translation>
    </message>
    <message>
        <source>Redirect URIs the application accepts: %1</source>
        <translation>URI de redirection acceptées par l&apos;application : %1</translation>
    </message>
    <message>
        <source>Scopes: %1</source>
        <translation>Portées : %1</translation>
    </message>
    <message>
        <source>Could not make the configuration.</source>
        <translation>Impossible de produire la configuration.</translation>
    </message>
    <message>
        <source>⚠ Code execution: %1 runs this command with your privileges every time it starts. Writing the file approves it; check every word.</source>
        <translation>⚠ Exécution de code : %1 exécute cette commande avec vos privilèges à chaque démarrage. Écrire le fichier revient à l&apos;approuver ; vérifiez chaque mot.</translation>
    </message>
    <message>
        <source>⚠ Code execution: this command downloads a package from npm and runs it with your privileges.</source>
        <translation>⚠ Exécution de code : cette commande télécharge un paquet depuis npm et l&apos;exécute avec vos privilèges.</translation>
    </message>
    <message>
        <source>Run this command once in a terminal to add the server:</source>
        <translation>Exécutez cette commande une fois dans un terminal pour ajouter le serveur :</translation>
    </message>
    <message>
        <source>This client has no configuration file: run or copy the command.</source>
        <translation>Ce client n&apos;a pas de fichier de configuration : exécutez ou copiez la commande.</translation>
    </message>
    <message>
        <source>The configuration for another system is shown to copy; only this computer&apos;s files are written.</source>
        <translation>La configuration d&apos;un autre système est affichée pour être copiée ; seuls les fichiers de cet ordinateur sont écrits.</translation>
    </message>
    <message>
        <source>Could not prepare the file.</source>
        <translation>Impossible de préparer le fichier.</translation>
    </message>
    <message>
        <source>%1 already holds this entry: nothing to write.</source>
        <translation>%1 contient déjà cette entrée : rien à écrire.</translation>
    </message>
    <message>
        <source>Writing replaces the entry “%1” in %2.</source>
        <translation>L&apos;écriture remplace l&apos;entrée « %1 » dans %2.</translation>
    </message>
    <message>
        <source>Writing adds the entry “%1” to %2; everything else stays.</source>
        <translation>L&apos;écriture ajoute l&apos;entrée « %1 » à %2 ; tout le reste est conservé.</translation>
    </message>
    <message>
        <source>Writing creates %1.</source>
        <translation>L&apos;écriture crée %1.</translation>
    </message>
    <message>
        <source>Could not write the configuration.</source>
        <translation>Impossible d&apos;écrire la configuration.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 écrit.</translation>
    </message>
    <message>
        <source>Wrote %1; the old file is kept as %2.</source>
        <translation>%1 écrit ; l&apos;ancien fichier est conservé sous %2.</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>Copié dans le presse-papiers.</translation>
    </message>
</context>
<context>
    <name>mcpauth::ConnectionProfilesDialog</name>
    <message>
        <source>Connection Profiles</source>
        <translation>Profils de connexion</translation>
    </message>
    <message>
        <source>Saved profiles</source>
        <translation>Profils enregistrés</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <source>Backend kind</source>
        <translation>Type de backend</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>Open this profile when the console starts</source>
        <translation>Ouvrir ce profil au démarrage de la console</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisation :</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>&amp;ID client :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>No&amp;m :</translation>
    </message>
    <message>
        <source>&amp;Backend:</source>
        <translation>&amp;Backend :</translation>
    </message>
    <message>
        <source>What this backend can do</source>
        <translation>Ce que ce backend peut faire</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Fonctionnalité</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>What this backend can do:</source>
        <translation>Ce que ce backend peut faire :</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (par défaut)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Vérification du trousseau…</translation>
    </message>
    <message>
        <source>Saved; type to replace it</source>
        <translation>Enregistré ; saisissez-en un autre pour le remplacer</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Pas encore enregistré</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <source>Delete the profile &apos;%1&apos; and its saved secret? The backend itself is not changed.</source>
        <translation>Supprimer le profil « %1 » et son secret enregistré ? Le backend lui-même n&apos;est pas modifié.</translation>
    </message>
    <message>
        <source>Store &amp;file:</source>
        <translation>&amp;Fichier du magasin :</translation>
    </message>
    <message>
        <source>/home/you/.local/share/mcp-auth/store.sqlite</source>
        <translation>/home/you/.local/share/mcp-auth/store.sqlite</translation>
    </message>
    <message>
        <source>Database &amp;URL:</source>
        <translation>&amp;URL de la base de données :</translation>
    </message>
    <message>
        <source>Casdoor &amp;URL:</source>
        <translation>&amp;URL Casdoor :</translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation>&amp;Émetteur :</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1 :</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in a file.</source>
        <translation>Conservé dans le trousseau du système, jamais dans un fichier.</translation>
    </message>
    <message>
        <source>No keychain is available (%1). The secret will be kept for this session only and asked for again next time.</source>
        <translation>Aucun trousseau n&apos;est disponible (%1). Le secret sera conservé pour cette session uniquement et redemandé la prochaine fois.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No: %1</source>
        <translation>Non : %1</translation>
    </message>
    <message>
        <source>Choose the store file</source>
        <translation>Choisir le fichier du magasin</translation>
    </message>
    <message>
        <source>SQLite stores (*.sqlite *.db)</source>
        <translation>Magasins SQLite (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The secret could not be saved: %1</source>
        <translation>Le secret n&apos;a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>Saved in the system keychain.</source>
        <translation>Enregistré dans le trousseau du système.</translation>
    </message>
    <message>
        <source>No keychain is available (%1). The secret is kept for this session only and will be asked for again next time.</source>
        <translation>Aucun trousseau n&apos;est disponible (%1). Le secret est conservé pour cette session uniquement et sera redemandé la prochaine fois.</translation>
    </message>
</context>
<context>
    <name>mcpauth::ConnectionWizard</name>
    <message>
        <source>New Connection</source>
        <translation>Nouvelle connexion</translation>
    </message>
    <message>
        <source>New connection wizard</source>
        <translation>Assistant de nouvelle connexion</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Terminer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Valider</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Aide</translation>
    </message>
</context>
<context>
    <name>mcpauth::ConnectionsPage</name>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Connect Claude Desktop, Claude Code, Cursor, VS Code, Windsurf or the MCP Inspector step by step, or inspect any MCP server below.</source>
        <translation>Connectez Claude Desktop, Claude Code, Cursor, VS Code, Windsurf ou le MCP Inspector pas à pas, ou inspectez ci-dessous n&apos;importe quel serveur MCP.</translation>
    </message>
    <message>
        <source>New &amp;Connection…</source>
        <translation>Nouvelle &amp;connexion…</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Nouvelle connexion</translation>
    </message>
    <message>
        <source>Open the connection wizard (Ctrl+Shift+N).</source>
        <translation>Ouvrir l&apos;assistant de connexion (Ctrl+Shift+N).</translation>
    </message>
</context>
<context>
    <name>mcpauth::ConsentTableModel</name>
    <message>
        <source>Revoked %1</source>
        <translation>Révoqué le %1</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>En vigueur</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Portées</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Accordé</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>mcpauth::ConsentsPage</name>
    <message>
        <source>User filter</source>
        <translation>Filtre utilisateur</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Application filter</source>
        <translation>Filtre application</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Application:</source>
        <translation>&amp;Application :</translation>
    </message>
    <message>
        <source>Show &amp;revoked</source>
        <translation>Afficher les &amp;révoqués</translation>
    </message>
    <message>
        <source>Filter consents</source>
        <translation>Filtrer les consentements</translation>
    </message>
    <message>
        <source>Filter by resource or scope (Ctrl+F)</source>
        <translation>Filtrer par ressource ou portée (Ctrl+F)</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>Ré&amp;voquer</translation>
    </message>
    <message>
        <source>Revoke the selected consents (Delete): the application must ask the user again</source>
        <translation>Révoquer les consentements sélectionnés (Delete) : l&apos;application doit redemander à l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Could not load the consents</source>
        <translation>Impossible de charger les consentements</translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s)</source>
        <translation>
            <numerusform>%n consentement</numerusform>
            <numerusform>%n consentements</numerusform>
        </translation>
    </message>
    <message>
        <source>%1&apos;s consent to %2 on %3</source>
        <translation>Consentement de %1 à %2 sur %3</translation>
    </message>
    <message>
        <source>Revoke %1?

The application must ask the user again the next time it signs in; tokens already issued stay valid until they expire or are revoked.</source>
        <translation>Révoquer %1 ?

L&apos;application devra redemander à l&apos;utilisateur lors de sa prochaine connexion ; les jetons déjà émis restent valides jusqu&apos;à leur expiration ou leur révocation.</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n consent(s)?

Each application must ask its user again the next time it signs in; tokens already issued stay valid until they expire or are revoked.</source>
        <translation>
            <numerusform>Révoquer %n consentement ?

Chaque application devra redemander à son utilisateur lors de sa prochaine connexion ; les jetons déjà émis restent valides jusqu&apos;à leur expiration ou leur révocation.</numerusform>
            <numerusform>Révoquer %n consentements ?

Chaque application devra redemander à son utilisateur lors de sa prochaine connexion ; les jetons déjà émis restent valides jusqu&apos;à leur expiration ou leur révocation.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke consents</source>
        <translation>Révoquer les consentements</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n consent(s)</source>
        <translation>
            <numerusform>Révoquer %n consentement</numerusform>
            <numerusform>Révoquer %n consentements</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not revoke the consent</source>
        <translation>Impossible de révoquer le consentement</translation>
    </message>
    <message>
        <source>Consent revoked.</source>
        <translation>Consentement révoqué.</translation>
    </message>
</context>
<context>
    <name>mcpauth::DifferenceNote</name>
    <message>
        <source>About this server</source>
        <translation>À propos de ce serveur</translation>
    </message>
</context>
<context>
    <name>mcpauth::EventDetailsWidget</name>
    <message>
        <source>Message bodies as a JSON tree</source>
        <translation>Corps des messages sous forme d&apos;arbre JSON</translation>
    </message>
    <message>
        <source>Raw exchange</source>
        <translation>Échange brut</translation>
    </message>
    <message>
        <source>Decoded tokens</source>
        <translation>Jetons décodés</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>En-têtes</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Brut</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Minutage</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>Tokens, codes and secrets were masked when they were recorded and cannot be shown; a token&apos;s decoded claims are under Tokens.</source>
        <translation>Les jetons, codes et secrets ont été masqués lors de leur enregistrement et ne peuvent pas être affichés ; les revendications décodées d&apos;un jeton se trouvent sous Jetons.</translation>
    </message>
    <message>
        <source>Select a message to see it in full.</source>
        <translation>Sélectionnez un message pour le voir en entier.</translation>
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
        <translation>corps de la requête</translation>
    </message>
    <message>
        <source>response body</source>
        <translation>corps de la réponse</translation>
    </message>
    <message>
        <source>access token claims</source>
        <translation>revendications du jeton d&apos;accès</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <source>received</source>
        <translation>reçu</translation>
    </message>
    <message>
        <source>Step: %1</source>
        <translation>Étape : %1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Début : %1</translation>
    </message>
    <message>
        <source>Duration: %1 ms</source>
        <translation>Durée : %1 ms</translation>
    </message>
    <message>
        <source>Waiting for the first byte: %1 ms</source>
        <translation>Attente du premier octet : %1 ms</translation>
    </message>
    <message>
        <source>Protocol: %1</source>
        <translation>Protocole : %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque : %1</translation>
    </message>
    <message>
        <source>No JWT in this message.</source>
        <translation>Aucun JWT dans ce message.</translation>
    </message>
    <message>
        <source>Access token (decoded by the flow engine, not verified):</source>
        <translation>Jeton d&apos;accès (décodé par le moteur de flux, non vérifié) :</translation>
    </message>
    <message>
        <source>JWT found in the message (not verified):</source>
        <translation>JWT trouvé dans le message (non vérifié) :</translation>
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
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>Écriture de %1…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written…</source>
        <translation>
            <numerusform>%n ligne écrite…</numerusform>
            <numerusform>%n lignes écrites…</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>L&apos;exportation a été annulée ; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The export failed</source>
        <translation>L&apos;exportation a échoué</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>%n ligne exportée vers %1.</numerusform>
            <numerusform>%n lignes exportées vers %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mcpauth::FindingsPanel</name>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Finding details</source>
        <translation>Détails du constat</translation>
    </message>
    <message>
        <source>Apply the fix</source>
        <translation>Appliquer la correction</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Add this redirect URI to %1…</source>
        <translation>Ajouter cette URI de redirection à %1…</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Findings appear here when a run ends: what went wrong, the evidence and the fix.</source>
        <translation>Les constats apparaissent ici à la fin d&apos;une exécution : ce qui n&apos;a pas fonctionné, les preuves et la correction.</translation>
    </message>
    <message>
        <source>No findings: nothing in this run breaks the specification or looks wrong.</source>
        <translation>Aucun constat : rien dans cette exécution n&apos;enfreint la spécification ni ne semble incorrect.</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n constat</numerusform>
            <numerusform>%n constats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Obtenu</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Correction :</translation>
    </message>
    <message>
        <source>Specification:</source>
        <translation>Spécification :</translation>
    </message>
    <message>
        <source>Asks before changing anything.</source>
        <translation>Demande confirmation avant toute modification.</translation>
    </message>
</context>
<context>
    <name>mcpauth::FirstStartDialog</name>
    <message>
        <source>Welcome to MCP Auth Console</source>
        <translation>Bienvenue dans MCP Auth Console</translation>
    </message>
    <message>
        <source>The local store is empty. How would you like to start?</source>
        <translation>Le magasin local est vide. Comment souhaitez-vous commencer ?</translation>
    </message>
    <message>
        <source>Create demo data</source>
        <translation>Créer des données de démonstration</translation>
    </message>
    <message>
        <source>An organization, the built-in MCP server with its scopes, applications for Claude Desktop, Claude Code, Cursor and VS Code, and an administrator whose password is shown once.</source>
        <translation>Une organisation, le serveur MCP intégré avec ses portées, des applications pour Claude Desktop, Claude Code, Cursor et VS Code, et un administrateur dont le mot de passe n&apos;est affiché qu&apos;une fois.</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>Commencer à vide</translation>
    </message>
    <message>
        <source>Create your organization, resources and applications yourself.</source>
        <translation>Créez vous-même votre organisation, vos ressources et vos applications.</translation>
    </message>
    <message>
        <source>Connect to a remote backend</source>
        <translation>Se connecter à un backend distant</translation>
    </message>
    <message>
        <source>Manage Casdoor or another standards-based authorization server through a connection profile.</source>
        <translation>Gérer Casdoor ou un autre serveur d&apos;autorisation conforme aux standards au moyen d&apos;un profil de connexion.</translation>
    </message>
</context>
<context>
    <name>mcpauth::IdentityPage</name>
    <message>
        <source>How does the client identify itself?</source>
        <translation>Comment le client s&apos;identifie-t-il ?</translation>
    </message>
    <message>
        <source>&amp;Create an application for it, named:</source>
        <translation>&amp;Créer une application pour lui, nommée :</translation>
    </message>
    <message>
        <source>Create an application</source>
        <translation>Créer une application</translation>
    </message>
    <message>
        <source>Name of the new application</source>
        <translation>Nom de la nouvelle application</translation>
    </message>
    <message>
        <source>&amp;Reuse an existing application:</source>
        <translation>&amp;Réutiliser une application existante :</translation>
    </message>
    <message>
        <source>Reuse an existing application</source>
        <translation>Réutiliser une application existante</translation>
    </message>
    <message>
        <source>Existing application</source>
        <translation>Application existante</translation>
    </message>
    <message>
        <source>Let the client &amp;register itself</source>
        <translation>Laisser le client s&apos;&amp;enregistrer lui-même</translation>
    </message>
    <message>
        <source>Let the client register itself</source>
        <translation>Laisser le client s&apos;enregistrer lui-même</translation>
    </message>
    <message>
        <source>What the client will use</source>
        <translation>Ce que le client utilisera</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>%1 needs a client ID on %2&apos;s authorization server (%3).</source>
        <translation>%1 a besoin d&apos;un ID client auprès du serveur d&apos;autorisation de %2 (%3).</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>The authorization server offers neither dynamic registration nor client ID metadata documents.</source>
        <translation>Le serveur d&apos;autorisation ne propose ni l&apos;enregistrement dynamique ni les documents de métadonnées d&apos;ID client.</translation>
    </message>
    <message>
        <source>Could not list the applications.</source>
        <translation>Impossible de lister les applications.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A public client (no secret, PKCE required) with these redirect URIs, from the %1 template:</source>
        <translation>Un client public (sans secret, PKCE obligatoire) avec ces URI de redirection, issu du modèle %1 :</translation>
    </message>
    <message>
        <source>Allowed scopes: %1</source>
        <translation>Portées autorisées : %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>It is created on %1 when you click Next.</source>
        <translation>Elle est créée sur %1 lorsque vous cliquez sur Suivant.</translation>
    </message>
    <message>
        <source>Client ID: %1</source>
        <translation>ID client : %1</translation>
    </message>
    <message>
        <source>Registered redirect URIs:</source>
        <translation>URI de redirection enregistrées :</translation>
    </message>
    <message>
        <source>Warning: %1 may send a redirect URI this application does not list: %2</source>
        <translation>Avertissement : %1 peut envoyer une URI de redirection que cette application ne liste pas : %2</translation>
    </message>
    <message>
        <source>Creating the application %1…</source>
        <translation>Création de l&apos;application %1…</translation>
    </message>
    <message>
        <source>Could not create the application.</source>
        <translation>Impossible de créer l&apos;application.</translation>
    </message>
    <message>
        <source>Created the application %1 with the client ID %2.</source>
        <translation>Application %1 créée avec l&apos;ID client %2.</translation>
    </message>
</context>
<context>
    <name>mcpauth::InspectorWidget</name>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>en cours…</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>ok, with warnings</source>
        <translation>ok, avec des avertissements</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>ignorée</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>non atteinte</translation>
    </message>
    <message>
        <source>Step timeline</source>
        <translation>Chronologie des étapes</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Filter messages</source>
        <translation>Filtrer les messages</translation>
    </message>
    <message>
        <source>Filter messages (URL, method, body, status…)</source>
        <translation>Filtrer les messages (URL, méthode, corps, statut…)</translation>
    </message>
    <message>
        <source>Kind of message</source>
        <translation>Type de message</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Status of message</source>
        <translation>Statut du message</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Errors and failures</source>
        <translation>Erreurs et échecs</translation>
    </message>
    <message>
        <source>Successes</source>
        <translation>Succès</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
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
        <translation>Constats</translation>
    </message>
    <message>
        <source>Call a tool</source>
        <translation>Appeler un outil</translation>
    </message>
    <message>
        <source>Re-send…</source>
        <translation>Renvoyer…</translation>
    </message>
    <message>
        <source>Fixes are applied only to the local authorization server; this window is connected to %1.</source>
        <translation>Les corrections ne s&apos;appliquent qu&apos;au serveur d&apos;autorisation local ; cette fenêtre est connectée à %1.</translation>
    </message>
    <message>
        <source>No backend to apply fixes to.</source>
        <translation>Aucun backend auquel appliquer les corrections.</translation>
    </message>
    <message>
        <source>MCP server URL</source>
        <translation>URL du serveur MCP</translation>
    </message>
    <message>
        <source>https://mcp.example.com/mcp</source>
        <translation>https://mcp.example.com/mcp</translation>
    </message>
    <message>
        <source>How to authorize</source>
        <translation>Méthode d&apos;autorisation</translation>
    </message>
    <message>
        <source>System browser</source>
        <translation>Navigateur du système</translation>
    </message>
    <message>
        <source>Headless (server approves without a person)</source>
        <translation>Sans interface (le serveur approuve sans intervention humaine)</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>ID client</translation>
    </message>
    <message>
        <source>empty: register dynamically</source>
        <translation>vide : enregistrement dynamique</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Secret client</translation>
    </message>
    <message>
        <source>only for a confidential client; never saved</source>
        <translation>uniquement pour un client confidentiel ; jamais enregistré</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Autorisation</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Authorization code (a user signs in)</source>
        <translation>Code d&apos;autorisation (un utilisateur se connecte)</translation>
    </message>
    <message>
        <source>Client credentials (a service, no user)</source>
        <translation>Identifiants client (un service, sans utilisateur)</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Portées</translation>
    </message>
    <message>
        <source>empty: what the server asks for</source>
        <translation>vide : ce que le serveur demande</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Exécuter</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Ouvrir…</translation>
    </message>
    <message>
        <source>Open a saved transcript (JSON) to inspect it offline.</source>
        <translation>Ouvrir une transcription enregistrée (JSON) pour l&apos;examiner hors ligne.</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>Exporter en JSON…</translation>
    </message>
    <message>
        <source>Save the transcript, secrets masked, to open it again here or share it.</source>
        <translation>Enregistrer la transcription, secrets masqués, pour la rouvrir ici ou la partager.</translation>
    </message>
    <message>
        <source>Export HAR…</source>
        <translation>Exporter en HAR…</translation>
    </message>
    <message>
        <source>Save the HTTP exchanges as HAR 1.2, for browser developer tools.</source>
        <translation>Enregistrer les échanges HTTP au format HAR 1.2, pour les outils de développement des navigateurs.</translation>
    </message>
    <message>
        <source>MCP server &amp;URL:</source>
        <translation>&amp;URL du serveur MCP :</translation>
    </message>
    <message>
        <source>&amp;Authorize with:</source>
        <translation>&amp;Autoriser avec :</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>&amp;ID client :</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Secret :</translation>
    </message>
    <message>
        <source>&amp;Grant:</source>
        <translation>Aut&amp;orisation :</translation>
    </message>
    <message>
        <source>S&amp;copes:</source>
        <translation>&amp;Portées :</translation>
    </message>
    <message>
        <source>Open transcript</source>
        <translation>Ouvrir une transcription</translation>
    </message>
    <message>
        <source>Transcripts (*.json)</source>
        <translation>Transcriptions (*.json)</translation>
    </message>
    <message>
        <source>Could not open the transcript.</source>
        <translation>Impossible d&apos;ouvrir la transcription.</translation>
    </message>
    <message>
        <source>Export transcript</source>
        <translation>Exporter la transcription</translation>
    </message>
    <message>
        <source>Could not save the transcript.</source>
        <translation>Impossible d&apos;enregistrer la transcription.</translation>
    </message>
    <message>
        <source>Transcript saved to %1.</source>
        <translation>Transcription enregistrée dans %1.</translation>
    </message>
    <message>
        <source>Export HAR</source>
        <translation>Exporter en HAR</translation>
    </message>
    <message>
        <source>HAR files (*.har)</source>
        <translation>Fichiers HAR (*.har)</translation>
    </message>
    <message>
        <source>Could not save the HAR file.</source>
        <translation>Impossible d&apos;enregistrer le fichier HAR.</translation>
    </message>
    <message>
        <source>HAR saved to %1.</source>
        <translation>HAR enregistré dans %1.</translation>
    </message>
    <message>
        <source>Enter the URL of the MCP server.</source>
        <translation>Saisissez l&apos;URL du serveur MCP.</translation>
    </message>
    <message>
        <source>The MCP server URL must start with https:// (or http:// for this computer).</source>
        <translation>L&apos;URL du serveur MCP doit commencer par https:// (ou http:// pour cet ordinateur).</translation>
    </message>
    <message>
        <source>A client secret needs its client ID.</source>
        <translation>Un secret client nécessite son ID client.</translation>
    </message>
    <message>
        <source>The client credentials grant needs a pre-registered client ID and secret.</source>
        <translation>L&apos;autorisation par identifiants client nécessite un ID client et un secret préenregistrés.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1: the server lists %n tool(s).</source>
        <translation>
            <numerusform>Connecté à %1 : le serveur liste %n outil.</numerusform>
            <numerusform>Connecté à %1 : le serveur liste %n outils.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Failed at “%1”: %2</source>
        <translation>Échec à « %1 » : %2</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Échec : %1</translation>
    </message>
    <message>
        <source>Called the tool %1; its answer is selected below.</source>
        <translation>Outil %1 appelé ; sa réponse est sélectionnée ci-dessous.</translation>
    </message>
    <message>
        <source>The authorization server&apos;s sign-in page has the scheme “%1”, which the console does not open: %2</source>
        <translation>La page de connexion du serveur d&apos;autorisation utilise le schéma « %1 », que la console n&apos;ouvre pas : %2</translation>
    </message>
    <message>
        <source>Could not open a browser. Open this address yourself to sign in: %1</source>
        <translation>Impossible d&apos;ouvrir un navigateur. Ouvrez vous-même cette adresse pour vous connecter : %1</translation>
    </message>
    <message>
        <source>Sign in and approve in your browser; the inspector waits for the callback.</source>
        <translation>Connectez-vous et approuvez dans votre navigateur ; l&apos;inspecteur attend le rappel.</translation>
    </message>
    <message>
        <source>Clients that use this application may then be sent to this address after signing in.</source>
        <translation>Les clients qui utilisent cette application pourront alors être redirigés vers cette adresse après la connexion.</translation>
    </message>
    <message>
        <source>The port is left out: this computer&apos;s address then matches on any port, as the callback port changes from run to run.</source>
        <translation>Le port est omis : l&apos;adresse de cet ordinateur correspond alors à n&apos;importe quel port, car le port de rappel change d&apos;une exécution à l&apos;autre.</translation>
    </message>
    <message>
        <source>Add the redirect URI?</source>
        <translation>Ajouter l&apos;URI de redirection ?</translation>
    </message>
    <message>
        <source>Add %1 to the redirect URIs of the application %2 in %3?</source>
        <translation>Ajouter %1 aux URI de redirection de l&apos;application %2 dans %3 ?</translation>
    </message>
    <message>
        <source>Could not find the application in this backend.</source>
        <translation>Application introuvable dans ce backend.</translation>
    </message>
    <message>
        <source>Could not add the redirect URI.</source>
        <translation>Impossible d&apos;ajouter l&apos;URI de redirection.</translation>
    </message>
    <message>
        <source>Added %1 to the application %2. Run again to check the fix.</source>
        <translation>%1 a été ajoutée à l&apos;application %2. Relancez pour vérifier la correction.</translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation>&amp;Relancer</translation>
    </message>
    <message>
        <source>Cancel the running connection first.</source>
        <translation>Annulez d&apos;abord la connexion en cours.</translation>
    </message>
    <message>
        <source>from the saved transcript</source>
        <translation>de la transcription enregistrée</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1 offline: %n message(s); the diagnosis reads only the transcript.</source>
        <translation>
            <numerusform>%1 ouvert hors ligne : %n message ; le diagnostic ne lit que la transcription.</numerusform>
            <numerusform>%1 ouvert hors ligne : %n messages ; le diagnostic ne lit que la transcription.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit the selected JSON-RPC request and send it again.</source>
        <translation>Modifier la requête JSON-RPC sélectionnée et la renvoyer.</translation>
    </message>
    <message>
        <source>Sent %1; its answer is selected below.</source>
        <translation>%1 envoyée ; sa réponse est sélectionnée ci-dessous.</translation>
    </message>
</context>
<context>
    <name>mcpauth::JsonTreeModel</name>
    <message numerus="yes">
        <source>{%n member(s)}</source>
        <translation>
            <numerusform>{%n membre}</numerusform>
            <numerusform>{%n membres}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n élément]</numerusform>
            <numerusform>[%n éléments]</numerusform>
        </translation>
    </message>
    <message>
        <source>object</source>
        <translation>objet</translation>
    </message>
    <message>
        <source>array</source>
        <translation>tableau</translation>
    </message>
    <message>
        <source>string</source>
        <translation>chaîne</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>booléen</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
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
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menu</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>In every list, Enter opens the selected item and Delete deletes it; in dialogs, Tab moves to the next field and Escape closes. Alt with the underlined letter reaches a menu or a field.</source>
        <translation>Dans chaque liste, Entrée ouvre l&apos;élément sélectionné et Suppr le supprime ; dans les boîtes de dialogue, Tab passe au champ suivant et Échap ferme. Alt avec la lettre soulignée atteint un menu ou un champ.</translation>
    </message>
</context>
<context>
    <name>mcpauth::LocalBackend</name>
    <message>
        <source>Local PostgreSQL: %1</source>
        <translation>PostgreSQL local : %1</translation>
    </message>
    <message>
        <source>Local SQLite: %1</source>
        <translation>SQLite local : %1</translation>
    </message>
    <message>
        <source>The local store keeps every token&apos;s record for the audit trail; revoke the token instead.</source>
        <translation>Le stockage local conserve l’enregistrement de chaque jeton pour la piste d’audit ; révoquez plutôt le jeton.</translation>
    </message>
</context>
<context>
    <name>mcpauth::LocalStoreWorker</name>
    <message>
        <source>The store is not open.</source>
        <translation>Le magasin n&apos;est pas ouvert.</translation>
    </message>
    <message>
        <source>The store is closed.</source>
        <translation>Le magasin est fermé.</translation>
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
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Local server: not running</source>
        <translation>Serveur local : arrêté</translation>
    </message>
    <message>
        <source>Could not connect to &apos;%1&apos;</source>
        <translation>Impossible de se connecter à « %1 »</translation>
    </message>
    <message>
        <source>Connecting to &apos;%1&apos;…</source>
        <translation>Connexion à « %1 »…</translation>
    </message>
    <message>
        <source>Connected to &apos;%1&apos;.</source>
        <translation>Connecté à « %1 ».</translation>
    </message>
    <message>
        <source>No secret is saved for this profile. Open File &gt; Connection Profiles and enter it (%1).</source>
        <translation>Aucun secret n&apos;est enregistré pour ce profil. Ouvrez Fichier &gt; Profils de connexion et saisissez-le (%1).</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Applications</translation>
    </message>
    <message>
        <source>Resources &amp; Scopes</source>
        <translation>Ressources et portées</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Consentements</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Signing keys</source>
        <translation>Clés de signature</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>This view is not part of this build yet; the command-line tool &apos;mcp-auth&apos; covers it.</source>
        <translation>Cette vue ne fait pas encore partie de cette version ; l&apos;outil en ligne de commande « mcp-auth » la couvre.</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Connecté en tant que %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Connection &amp;Profiles…</source>
        <translation>&amp;Profils de connexion…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Préférence&amp;s…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;About MCP Auth Console</source>
        <translation>À &amp;propos de MCP Auth Console</translation>
    </message>
    <message>
        <source>About MCP Auth Console</source>
        <translation>À propos de MCP Auth Console</translation>
    </message>
    <message>
        <source>&lt;b&gt;MCP Auth Console&lt;/b&gt; %1&lt;br&gt;Administration of OAuth 2.1 for MCP servers.</source>
        <translation>&lt;b&gt;MCP Auth Console&lt;/b&gt; %1&lt;br&gt;Administration d&apos;OAuth 2.1 pour les serveurs MCP.</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principale</translation>
    </message>
    <message>
        <source>The local server did not start: %1</source>
        <translation>Le serveur local n&apos;a pas démarré : %1</translation>
    </message>
    <message>
        <source>Local server: starting…</source>
        <translation>Serveur local : démarrage…</translation>
    </message>
    <message>
        <source>Local server: %1 — running</source>
        <translation>Serveur local : %1 — en cours d&apos;exécution</translation>
    </message>
    <message>
        <source>MCP endpoint: %1
Signing keys are encrypted with a key from %2.</source>
        <translation>Point de terminaison MCP : %1
Les clés de signature sont chiffrées avec une clé provenant de %2.</translation>
    </message>
    <message>
        <source>Local server: port %1 in use</source>
        <translation>Serveur local : port %1 occupé</translation>
    </message>
    <message>
        <source>Local server: not running (error)</source>
        <translation>Serveur local : arrêté (erreur)</translation>
    </message>
    <message>
        <source>Creating demo data…</source>
        <translation>Création des données de démonstration…</translation>
    </message>
    <message>
        <source>Could not create the demo data: %1</source>
        <translation>Impossible de créer les données de démonstration : %1</translation>
    </message>
    <message>
        <source>Demo data created.</source>
        <translation>Données de démonstration créées.</translation>
    </message>
    <message>
        <source>Demo data created</source>
        <translation>Données de démonstration créées</translation>
    </message>
    <message>
        <source>The demo organization &apos;%1&apos; is ready, with the built-in MCP server at %2.</source>
        <translation>L&apos;organisation de démonstration « %1 » est prête, avec le serveur MCP intégré à l&apos;adresse %2.</translation>
    </message>
    <message>
        <source>Sign in to the local server&apos;s login page as &apos;%1&apos; with this password, shown only now:

%2</source>
        <translation>Connectez-vous à la page de connexion du serveur local en tant que « %1 » avec ce mot de passe, affiché uniquement maintenant :

%2</translation>
    </message>
    <message>
        <source>New &amp;Connection…</source>
        <translation>Nouvelle &amp;connexion…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>Ouvrir le dossier des &amp;journaux</translation>
    </message>
</context>
<context>
    <name>mcpauth::OAuthRequest</name>
    <message>
        <source>Could not get an answer from %1: %2</source>
        <translation>Aucune réponse obtenue de %1 : %2</translation>
    </message>
    <message>
        <source>%1 refused the console&apos;s credentials (%2).</source>
        <translation>%1 a refusé les identifiants de la console (%2).</translation>
    </message>
    <message>
        <source>%1 refused the console&apos;s credentials (%2): %3.</source>
        <translation>%1 a refusé les identifiants de la console (%2) : %3.</translation>
    </message>
    <message>
        <source>%1 answered %2: there is no such thing there.</source>
        <translation>%1 a répondu %2 : cet élément n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1 answered %2: %3.</source>
        <translation>%1 a répondu %2 : %3.</translation>
    </message>
    <message>
        <source>%1 refused the request: %2.</source>
        <translation>%1 a refusé la requête : %2.</translation>
    </message>
    <message>
        <source>%1 answered %2.</source>
        <translation>%1 a répondu %2.</translation>
    </message>
    <message>
        <source>%1 answered with %2 instead of JSON; is the address the server&apos;s?</source>
        <translation>%1 a répondu avec %2 au lieu de JSON ; l&apos;adresse est-elle bien celle du serveur ?</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>aucun type de contenu</translation>
    </message>
    <message>
        <source>%1 answered with malformed JSON (%2 at byte %3).</source>
        <translation>%1 a répondu avec un JSON mal formé (%2 à l&apos;octet %3).</translation>
    </message>
    <message>
        <source>%1 answered with JSON that is not an object.</source>
        <translation>%1 a répondu avec un JSON qui n&apos;est pas un objet.</translation>
    </message>
</context>
<context>
    <name>mcpauth::OAuthServerBackend</name>
    <message>
        <source>Standards-based server: %1</source>
        <translation>Serveur conforme aux standards : %1</translation>
    </message>
    <message>
        <source>The server publishes no registration_endpoint (RFC 7591), so clients cannot be registered from the console.</source>
        <translation>Le serveur ne publie pas de registration_endpoint (RFC 7591) : les clients ne peuvent donc pas être enregistrés depuis la console.</translation>
    </message>
    <message>
        <source>The server publishes no introspection_endpoint (RFC 7662), so tokens cannot be looked up.</source>
        <translation>Le serveur ne publie pas d&apos;introspection_endpoint (RFC 7662) : les jetons ne peuvent donc pas être consultés.</translation>
    </message>
    <message>
        <source>The server publishes no revocation_endpoint (RFC 7009), so tokens cannot be revoked from the console.</source>
        <translation>Le serveur ne publie pas de revocation_endpoint (RFC 7009) : les jetons ne peuvent donc pas être révoqués depuis la console.</translation>
    </message>
    <message>
        <source>Not connected to %1 yet.</source>
        <translation>Pas encore connecté à %1.</translation>
    </message>
    <message>
        <source>No authorization server metadata was found for %1 (RFC 8414 or OpenID Connect Discovery).</source>
        <translation>Aucune métadonnée de serveur d&apos;autorisation trouvée pour %1 (RFC 8414 ou OpenID Connect Discovery).</translation>
    </message>
    <message>
        <source>the metadata document %1</source>
        <translation>le document de métadonnées %1</translation>
    </message>
    <message>
        <source>The metadata at %1 is not usable: %2</source>
        <translation>Les métadonnées à %1 sont inutilisables : %2</translation>
    </message>
    <message>
        <source>the introspection endpoint</source>
        <translation>le point de terminaison d&apos;introspection</translation>
    </message>
    <message>
        <source>Check the client id (%1) and secret of the connection profile.</source>
        <translation>Vérifiez l&apos;ID client (%1) et le secret du profil de connexion.</translation>
    </message>
    <message>
        <source>the registration of client %1</source>
        <translation>l&apos;enregistrement du client %1</translation>
    </message>
    <message>
        <source>This console registered no client named &apos;%1&apos; at %2. It can only know the clients it registered itself: the standards have no way to list a server&apos;s clients.</source>
        <translation>Cette console n&apos;a enregistré aucun client nommé « %1 » auprès de %2. Elle ne peut connaître que les clients qu&apos;elle a elle-même enregistrés : les standards ne permettent pas de lister les clients d&apos;un serveur.</translation>
    </message>
    <message>
        <source>the registration endpoint</source>
        <translation>le point de terminaison d&apos;enregistrement</translation>
    </message>
    <message>
        <source>The registration endpoint answered without a client_id (RFC 7591 section 3.2.1).</source>
        <translation>Le point de terminaison d&apos;enregistrement a répondu sans client_id (RFC 7591, section 3.2.1).</translation>
    </message>
    <message>
        <source>The server registered client %1 but gave no registration access token or registration_client_uri (RFC 7592), so the console cannot read, change or delete it.</source>
        <translation>Le serveur a enregistré le client %1 mais n&apos;a fourni ni jeton d&apos;accès d&apos;enregistrement ni registration_client_uri (RFC 7592) : la console ne peut donc pas le lire, le modifier ni le supprimer.</translation>
    </message>
    <message>
        <source>The server accepted the update, but it could not be read back to check it.</source>
        <translation>Le serveur a accepté la mise à jour, mais elle n&apos;a pas pu être relue pour la vérifier.</translation>
    </message>
    <message>
        <source>The server accepted the update of %1 but, read back, holds other values for: %2. It may not support them; see the application as it is now.</source>
        <translation>Le serveur a accepté la mise à jour de %1 mais, à la relecture, contient d&apos;autres valeurs pour : %2. Il ne les prend peut-être pas en charge ; consultez l&apos;application dans son état actuel.</translation>
    </message>
    <message>
        <source>The registration could not be read back to check that it is unchanged: %1</source>
        <translation>Impossible de relire l&apos;enregistrement pour vérifier qu&apos;il est inchangé : %1</translation>
    </message>
    <message>
        <source>Read back, the registration on the server is unchanged.</source>
        <translation>À la relecture, l&apos;enregistrement sur le serveur est inchangé.</translation>
    </message>
    <message>
        <source>Read back, the server&apos;s registration differs from before in: %1.</source>
        <translation>À la relecture, l&apos;enregistrement du serveur diffère de l&apos;état précédent pour : %1.</translation>
    </message>
    <message>
        <source>the revocation endpoint</source>
        <translation>le point de terminaison de révocation</translation>
    </message>
    <message>
        <source>The metadata names no jwks_uri.</source>
        <translation>Les métadonnées n&apos;indiquent aucun jwks_uri.</translation>
    </message>
    <message>
        <source>the JWKS %1</source>
        <translation>le JWKS %1</translation>
    </message>
</context>
<context>
    <name>mcpauth::PagedExporter</name>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>Le fichier %1 n&apos;a pas pu être écrit : %2</translation>
    </message>
</context>
<context>
    <name>mcpauth::PasswordChoice</name>
    <message>
        <source>&amp;Generate a strong password (shown once after saving)</source>
        <translation>&amp;Générer un mot de passe fort (affiché une fois après l&apos;enregistrement)</translation>
    </message>
    <message>
        <source>T&amp;ype a password</source>
        <translation>&amp;Saisir un mot de passe</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Confirmation du mot de passe</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe :</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Confirmation :</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Les deux mots de passe diffèrent. Saisissez deux fois le même mot de passe.</translation>
    </message>
</context>
<context>
    <name>mcpauth::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>Open at start</source>
        <translation>Ouvrir au démarrage</translation>
    </message>
    <message>
        <source>The local store</source>
        <translation>Le magasin local</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Local server port</source>
        <translation>Port du serveur local</translation>
    </message>
    <message>
        <source>Any free port</source>
        <translation>N&apos;importe quel port libre</translation>
    </message>
    <message>
        <source>Run the local authorization server and MCP server</source>
        <translation>Exécuter le serveur d&apos;autorisation local et le serveur MCP</translation>
    </message>
    <message>
        <source>&amp;Open at start:</source>
        <translation>&amp;Ouvrir au démarrage :</translation>
    </message>
    <message>
        <source>Local server &amp;port:</source>
        <translation>&amp;Port du serveur local :</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>Local server address</source>
        <translation>Adresse du serveur local</translation>
    </message>
    <message>
        <source>Log level</source>
        <translation>Niveau de journalisation</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Erreurs uniquement</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Avertissements et erreurs</translation>
    </message>
    <message>
        <source>Information (recommended)</source>
        <translation>Informations (recommandé)</translation>
    </message>
    <message>
        <source>Debug (for troubleshooting)</source>
        <translation>Débogage (pour le dépannage)</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Choisir le dossier de données</translation>
    </message>
    <message>
        <source>Open &amp;Data Folder</source>
        <translation>&amp;Ouvrir le dossier de données</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>The language changes the next time the console starts.</source>
        <translation>La langue change au prochain démarrage de la console.</translation>
    </message>
    <message>
        <source>Local server &amp;address:</source>
        <translation>&amp;Adresse du serveur local :</translation>
    </message>
    <message>
        <source>Server changes apply the next time the console starts; the --port option overrides the port.</source>
        <translation>Les modifications du serveur s&apos;appliquent au prochain démarrage de la console ; l&apos;option --port remplace le port.</translation>
    </message>
    <message>
        <source>Log &amp;level:</source>
        <translation>&amp;Niveau de journalisation :</translation>
    </message>
    <message>
        <source>Data &amp;folder:</source>
        <translation>&amp;Dossier de données :</translation>
    </message>
    <message>
        <source>The store, its keys and the log file (%1) live here. A new folder applies the next time the console starts; MCPAUTH_DATA_DIR overrides it.</source>
        <translation>Le magasin, ses clés et le fichier journal (%1) se trouvent ici. Un nouveau dossier s&apos;applique au prochain démarrage de la console ; MCPAUTH_DATA_DIR le remplace.</translation>
    </message>
    <message>
        <source>Enter an IP address, such as 127.0.0.1 or ::1.</source>
        <translation>Saisissez une adresse IP, par exemple 127.0.0.1 ou ::1.</translation>
    </message>
    <message>
        <source>Warning: on %1 other computers can reach the server. Off loopback it only runs with HTTPS, which &apos;mcp-auth serve --tls-cert … --tls-key …&apos; provides; the console&apos;s own server will not start there.</source>
        <translation>Avertissement : sur %1, d&apos;autres ordinateurs peuvent atteindre le serveur. Hors boucle locale, il ne fonctionne qu&apos;en HTTPS, fourni par &apos;mcp-auth serve --tls-cert … --tls-key …&apos; ; le serveur propre de la console n&apos;y démarrera pas.</translation>
    </message>
</context>
<context>
    <name>mcpauth::ProfileSecrets</name>
    <message>
        <source>No keychain is configured.</source>
        <translation>Aucun trousseau n&apos;est configuré.</translation>
    </message>
    <message>
        <source>No secret is saved for this profile.</source>
        <translation>Aucun secret n&apos;est enregistré pour ce profil.</translation>
    </message>
</context>
<context>
    <name>mcpauth::RedirectUriEditor</name>
    <message>
        <source>Redirect URIs</source>
        <translation>URI de redirection</translation>
    </message>
    <message>
        <source>Double-click or press F2 to edit a URI; Delete removes it.</source>
        <translation>Double-cliquez ou appuyez sur F2 pour modifier une URI ; Delete la supprime.</translation>
    </message>
    <message>
        <source>New redirect URI</source>
        <translation>Nouvelle URI de redirection</translation>
    </message>
    <message>
        <source>http://127.0.0.1/callback (loopback: any port)</source>
        <translation>http://127.0.0.1/callback (boucle locale : n&apos;importe quel port)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Add redirect URI</source>
        <translation>Ajouter une URI de redirection</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove the selected redirect URI</source>
        <translation>Retirer l&apos;URI de redirection sélectionnée</translation>
    </message>
    <message>
        <source>&amp;Try a URI:</source>
        <translation>&amp;Tester une URI :</translation>
    </message>
    <message>
        <source>Try a redirect URI</source>
        <translation>Tester une URI de redirection</translation>
    </message>
    <message>
        <source>The redirect_uri a client sends, e.g. http://127.0.0.1:53127/callback</source>
        <translation>Le redirect_uri envoyé par un client, p. ex. http://127.0.0.1:53127/callback</translation>
    </message>
    <message>
        <source>✗ No match: no redirect URI is registered yet.</source>
        <translation>✗ Aucune correspondance : aucune URI de redirection n&apos;est encore enregistrée.</translation>
    </message>
    <message>
        <source>✓ Matches %1.</source>
        <translation>✓ Correspond à %1.</translation>
    </message>
    <message>
        <source>✗ No match: %1</source>
        <translation>✗ Aucune correspondance : %1</translation>
    </message>
    <message>
        <source>✗ No match. Closest registration %1: %2</source>
        <translation>✗ Aucune correspondance. Enregistrement le plus proche %1 : %2</translation>
    </message>
</context>
<context>
    <name>mcpauth::ResendDialog</name>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>The request is not valid JSON: %1 at character %2.</source>
        <translation>La requête n&apos;est pas du JSON valide : %1 au caractère %2.</translation>
    </message>
    <message>
        <source>params.name must name the tool.</source>
        <translation>params.name doit nommer l&apos;outil.</translation>
    </message>
    <message>
        <source>params.arguments must be a JSON object.</source>
        <translation>params.arguments doit être un objet JSON.</translation>
    </message>
    <message>
        <source>Re-send a request</source>
        <translation>Renvoyer une requête</translation>
    </message>
    <message>
        <source>Edit the method or its params, then send: the connection runs again and ends with this request. Values shown as “[masked …]” were secrets and are sent as written here.</source>
        <translation>Modifiez la méthode ou ses paramètres, puis envoyez : la connexion est relancée et se termine par cette requête. Les valeurs affichées « [masked …] » étaient des secrets et sont envoyées telles qu&apos;écrites ici.</translation>
    </message>
    <message>
        <source>The request must be one JSON-RPC request object.</source>
        <translation>La requête doit être un unique objet de requête JSON-RPC.</translation>
    </message>
    <message>
        <source>The request needs a method, e.g. &quot;tools/list&quot;.</source>
        <translation>La requête nécessite une méthode, par ex. &quot;tools/list&quot;.</translation>
    </message>
    <message>
        <source>%1 is part of every connection; use Run to send it again.</source>
        <translation>%1 fait partie de chaque connexion ; utilisez Exécuter pour la renvoyer.</translation>
    </message>
    <message>
        <source>A request without an id is a notification, which gets no answer; give it an id.</source>
        <translation>Une requête sans id est une notification, qui ne reçoit pas de réponse ; donnez-lui un id.</translation>
    </message>
    <message>
        <source>params must be a JSON object.</source>
        <translation>params doit être un objet JSON.</translation>
    </message>
</context>
<context>
    <name>mcpauth::ResetPasswordDialog</name>
    <message>
        <source>Reset Password</source>
        <translation>Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <source>A new password for %1. The current one stops working when you save; tokens already issued stay valid.</source>
        <translation>Un nouveau mot de passe pour %1. L&apos;actuel cesse de fonctionner à l&apos;enregistrement ; les jetons déjà émis restent valides.</translation>
    </message>
    <message>
        <source>Set Password</source>
        <translation>Définir le mot de passe</translation>
    </message>
</context>
<context>
    <name>mcpauth::ResourceEditorDialog</name>
    <message>
        <source>New Resource</source>
        <translation>Nouvelle ressource</translation>
    </message>
    <message>
        <source>Edit Resource %1</source>
        <translation>Modifier la ressource %1</translation>
    </message>
    <message>
        <source>A resource is an MCP server the authorization server issues tokens for. Its URI is the resource indicator clients send (RFC 8707) and the audience of its tokens.</source>
        <translation>Une ressource est un serveur MCP pour lequel le serveur d&apos;autorisation émet des jetons. Son URI est l&apos;indicateur de ressource envoyé par les clients (RFC 8707) et l&apos;audience de ses jetons.</translation>
    </message>
    <message>
        <source>Or&amp;ganization:</source>
        <translation>Or&amp;ganisation :</translation>
    </message>
    <message>
        <source>https://mcp.example.com/mcp</source>
        <translation>https://mcp.example.com/mcp</translation>
    </message>
    <message>
        <source>&amp;URI:</source>
        <translation>&amp;URI :</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Nom &amp;affiché :</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escription :</translation>
    </message>
    <message>
        <source>Could not load the organizations: %1</source>
        <translation>Impossible de charger les organisations : %1</translation>
    </message>
</context>
<context>
    <name>mcpauth::ResourcesPage</name>
    <message>
        <source>Filter by URI, name or scope (Ctrl+F)</source>
        <translation>Filtrer par URI, nom ou portée (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter resources</source>
        <translation>Filtrer les ressources</translation>
    </message>
    <message>
        <source>&amp;New Resource…</source>
        <translation>&amp;Nouvelle ressource…</translation>
    </message>
    <message>
        <source>New resource</source>
        <translation>Nouvelle ressource</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit resource</source>
        <translation>Modifier la ressource</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Delete resource</source>
        <translation>Supprimer la ressource</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Portées</translation>
    </message>
    <message>
        <source>Scopes of the selected resource</source>
        <translation>Portées de la ressource sélectionnée</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>&amp;Add Scope…</source>
        <translation>&amp;Ajouter une portée…</translation>
    </message>
    <message>
        <source>Add scope</source>
        <translation>Ajouter une portée</translation>
    </message>
    <message>
        <source>Edit S&amp;cope…</source>
        <translation>Modifier la &amp;portée…</translation>
    </message>
    <message>
        <source>Edit scope</source>
        <translation>Modifier la portée</translation>
    </message>
    <message>
        <source>&amp;Remove from Resource</source>
        <translation>&amp;Retirer de la ressource</translation>
    </message>
    <message>
        <source>Remove scope from resource</source>
        <translation>Retirer la portée de la ressource</translation>
    </message>
    <message>
        <source>Tools and the scope each needs</source>
        <translation>Outils et la portée requise par chacun</translation>
    </message>
    <message>
        <source>Tools of the selected resource</source>
        <translation>Outils de la ressource sélectionnée</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Ce qu&apos;il fait</translation>
    </message>
    <message>
        <source>Protected resource metadata (RFC 9728)</source>
        <translation>Métadonnées de ressource protégée (RFC 9728)</translation>
    </message>
    <message>
        <source>Protected resource metadata preview</source>
        <translation>Aperçu des métadonnées de ressource protégée</translation>
    </message>
    <message>
        <source>Resources &amp; Scopes</source>
        <translation>Ressources et portées</translation>
    </message>
    <message>
        <source>Could not load the resources</source>
        <translation>Impossible de charger les ressources</translation>
    </message>
    <message>
        <source>Could not load the scopes</source>
        <translation>Impossible de charger les portées</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n ressource</numerusform>
            <numerusform>%n ressources</numerusform>
        </translation>
    </message>
    <message>
        <source>No resource yet. A resource is an MCP server clients get tokens for: add one with New Resource (Ctrl+N). The built-in MCP server adds its own when the local server starts.</source>
        <translation>Aucune ressource pour l&apos;instant. Une ressource est un serveur MCP pour lequel les clients obtiennent des jetons : ajoutez-en une avec Nouvelle ressource (Ctrl+N). Le serveur MCP intégré ajoute la sienne au démarrage du serveur local.</translation>
    </message>
    <message>
        <source>Select a resource to see its scopes, tools and metadata.</source>
        <translation>Sélectionnez une ressource pour voir ses portées, ses outils et ses métadonnées.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>Issued only to administrators.</source>
        <translation>Émise uniquement pour les administrateurs.</translation>
    </message>
    <message>
        <source>(not defined in the organization)</source>
        <translation>(non définie dans l&apos;organisation)</translation>
    </message>
    <message>
        <source>No tool map: the server checks scopes itself.</source>
        <translation>Aucune correspondance d&apos;outils : le serveur vérifie lui-même les portées.</translation>
    </message>
    <message>
        <source>Served at %1. The authorization server is the local server, whose issuer is known once it has run; shown here as ISSUER.</source>
        <translation>Servi à l&apos;adresse %1. Le serveur d&apos;autorisation est le serveur local, dont l&apos;émetteur est connu une fois qu&apos;il a été exécuté ; affiché ici sous la forme ISSUER.</translation>
    </message>
    <message>
        <source>The built-in MCP server serves this at %1.</source>
        <translation>Le serveur MCP intégré le sert à l&apos;adresse %1.</translation>
    </message>
    <message>
        <source>The MCP server at this URI should serve this at %1 (and point its 401 challenges there).</source>
        <translation>Le serveur MCP à cette URI devrait le servir à l&apos;adresse %1 (et y faire pointer ses challenges 401).</translation>
    </message>
    <message>
        <source>Resource %1 created.</source>
        <translation>Ressource %1 créée.</translation>
    </message>
    <message>
        <source>Resource %1 saved.</source>
        <translation>Ressource %1 enregistrée.</translation>
    </message>
    <message>
        <source>Delete Resource</source>
        <translation>Supprimer la ressource</translation>
    </message>
    <message>
        <source>Delete the resource %1?</source>
        <translation>Supprimer la ressource %1 ?</translation>
    </message>
    <message>
        <source>Clients can no longer ask for tokens for it. Tokens already issued for it stay valid until they expire; revoke them in Tokens. Its scopes stay in the organization.</source>
        <translation>Les clients ne peuvent plus demander de jetons pour elle. Les jetons déjà émis pour elle restent valides jusqu&apos;à leur expiration ; révoquez-les dans Jetons. Ses portées restent dans l&apos;organisation.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Could not delete %1</source>
        <translation>Impossible de supprimer %1</translation>
    </message>
    <message>
        <source>Resource %1 deleted.</source>
        <translation>Ressource %1 supprimée.</translation>
    </message>
    <message>
        <source>Could not change the scopes of %1</source>
        <translation>Impossible de modifier les portées de %1</translation>
    </message>
    <message>
        <source>Scope %1 added to %2.</source>
        <translation>Portée %1 ajoutée à %2.</translation>
    </message>
    <message>
        <source>Scope %1 saved.</source>
        <translation>Portée %1 enregistrée.</translation>
    </message>
    <message>
        <source>Scope %1 removed from %2; it stays defined in the organization.</source>
        <translation>Portée %1 retirée de %2 ; elle reste définie dans l&apos;organisation.</translation>
    </message>
</context>
<context>
    <name>mcpauth::ScopeEditorDialog</name>
    <message>
        <source>New Scope</source>
        <translation>Nouvelle portée</translation>
    </message>
    <message>
        <source>Edit Scope %1</source>
        <translation>Modifier la portée %1</translation>
    </message>
    <message>
        <source>e.g. files:read</source>
        <translation>p. ex. files:read</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>What the consent page shows, e.g. Read your files</source>
        <translation>Ce qu&apos;affiche la page de consentement, p. ex. Lire vos fichiers</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Nom &amp;affiché :</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>D&amp;escription :</translation>
    </message>
</context>
<context>
    <name>mcpauth::ScopesPage</name>
    <message>
        <source>Which scopes may the client ask for?</source>
        <translation>Quelles portées le client peut-il demander ?</translation>
    </message>
    <message>
        <source>Check the scopes to request. None checked: the client asks for those the server advertises.</source>
        <translation>Cochez les portées à demander. Si aucune n&apos;est cochée, le client demande celles annoncées par le serveur.</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Portées</translation>
    </message>
    <message>
        <source>Requested scopes</source>
        <translation>Portées demandées</translation>
    </message>
    <message>
        <source>The server advertises no scopes: the client asks for none.</source>
        <translation>Le serveur n&apos;annonce aucune portée : le client n&apos;en demande aucune.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (administrators only)</source>
        <translation>%1 (administrateurs uniquement)</translation>
    </message>
    <message>
        <source>The client asks for the scopes the server advertises.</source>
        <translation>Le client demande les portées annoncées par le serveur.</translation>
    </message>
    <message>
        <source>The client asks for: %1</source>
        <translation>Le client demande : %1</translation>
    </message>
</context>
<context>
    <name>mcpauth::SecretDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Copy to the clipboard</source>
        <translation>Copier dans le presse-papiers</translation>
    </message>
    <message>
        <source>This is the only time it is shown: it is not stored anywhere it could be read back. Copy it now.</source>
        <translation>C&apos;est la seule fois qu&apos;il est affiché : il n&apos;est stocké nulle part où il pourrait être relu. Copiez-le maintenant.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>mcpauth::ServerPage</name>
    <message>
        <source>Which MCP server?</source>
        <translation>Quel serveur MCP ?</translation>
    </message>
    <message>
        <source>The wizard asks the server at once how it is protected, the way a client will.</source>
        <translation>L&apos;assistant demande immédiatement au serveur comment il est protégé, comme le fera un client.</translation>
    </message>
    <message>
        <source>The built-in MCP server (not running)</source>
        <translation>Le serveur MCP intégré (arrêté)</translation>
    </message>
    <message>
        <source>The built-in MCP server: %1</source>
        <translation>Le serveur MCP intégré : %1</translation>
    </message>
    <message>
        <source>The built-in MCP server</source>
        <translation>Le serveur MCP intégré</translation>
    </message>
    <message>
        <source>The local server is not running: start it in Preferences, or choose a URL.</source>
        <translation>Le serveur local n&apos;est pas en cours d&apos;exécution : démarrez-le dans les Préférences, ou choisissez une URL.</translation>
    </message>
    <message>
        <source>A &amp;registered resource:</source>
        <translation>Une ressource &amp;enregistrée :</translation>
    </message>
    <message>
        <source>A registered resource</source>
        <translation>Une ressource enregistrée</translation>
    </message>
    <message>
        <source>Registered resources</source>
        <translation>Ressources enregistrées</translation>
    </message>
    <message>
        <source>Any &amp;URL:</source>
        <translation>N&apos;importe quelle &amp;URL :</translation>
    </message>
    <message>
        <source>Any MCP server URL</source>
        <translation>N&apos;importe quelle URL de serveur MCP</translation>
    </message>
    <message>
        <source>MCP server URL</source>
        <translation>URL du serveur MCP</translation>
    </message>
    <message>
        <source>https://mcp.example.com/mcp</source>
        <translation>https://mcp.example.com/mcp</translation>
    </message>
    <message>
        <source>Discovery progress</source>
        <translation>Progression de la découverte</translation>
    </message>
    <message>
        <source>Discovery status</source>
        <translation>État de la découverte</translation>
    </message>
    <message>
        <source>Protected resource metadata</source>
        <translation>Métadonnées de ressource protégée</translation>
    </message>
    <message>
        <source>Authorization server</source>
        <translation>Serveur d&apos;autorisation</translation>
    </message>
    <message>
        <source>Client registration</source>
        <translation>Enregistrement du client</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Portées</translation>
    </message>
    <message>
        <source>Resource metadata:</source>
        <translation>Métadonnées de ressource :</translation>
    </message>
    <message>
        <source>Authorization server:</source>
        <translation>Serveur d&apos;autorisation :</translation>
    </message>
    <message>
        <source>Registration:</source>
        <translation>Enregistrement :</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Portées :</translation>
    </message>
    <message>
        <source>Discovering: %1…</source>
        <translation>Découverte : %1…</translation>
    </message>
    <message>
        <source>This backend has no organization.</source>
        <translation>Ce backend n&apos;a pas d&apos;organisation.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No resource is registered yet (Resources &amp; Scopes).</source>
        <translation>Aucune ressource n&apos;est encore enregistrée (Ressources et portées).</translation>
    </message>
    <message>
        <source>Choose a server, or enter the URL of its MCP endpoint.</source>
        <translation>Choisissez un serveur, ou saisissez l&apos;URL de son point de terminaison MCP.</translation>
    </message>
    <message>
        <source>The MCP server URL must start with https:// (or http:// for this computer).</source>
        <translation>L&apos;URL du serveur MCP doit commencer par https:// (ou http:// pour cet ordinateur).</translation>
    </message>
    <message>
        <source>Discovering %1…</source>
        <translation>Découverte de %1…</translation>
    </message>
    <message>
        <source>%1 answers without any authorization: clients need no sign-in.</source>
        <translation>%1 répond sans aucune autorisation : les clients n&apos;ont pas besoin de se connecter.</translation>
    </message>
    <message>
        <source>Found how %1 is protected.</source>
        <translation>Mode de protection de %1 trouvé.</translation>
    </message>
    <message>
        <source>Discovery failed at “%1”: %2</source>
        <translation>Échec de la découverte à « %1 » : %2</translation>
    </message>
    <message>
        <source>Discovery failed: %1</source>
        <translation>Échec de la découverte : %1</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>aucune trouvée</translation>
    </message>
    <message>
        <source>%1 (resource %2)</source>
        <translation>%1 (ressource %2)</translation>
    </message>
    <message>
        <source>dynamic registration (DCR) at %1</source>
        <translation>enregistrement dynamique (DCR) à %1</translation>
    </message>
    <message>
        <source>client ID metadata documents (CIMD)</source>
        <translation>documents de métadonnées d&apos;ID client (CIMD)</translation>
    </message>
    <message>
        <source>pre-registered applications</source>
        <translation>applications préenregistrées</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>none advertised</source>
        <translation>aucune annoncée</translation>
    </message>
</context>
<context>
    <name>mcpauth::SigningKeyTableModel</name>
    <message>
        <source>Signs every new %1 token and is published in the JWKS.</source>
        <translation>Signe chaque nouveau jeton %1 et est publiée dans le JWKS.</translation>
    </message>
    <message>
        <source>Signs nothing new; stays in the JWKS until the tokens it signed have expired.</source>
        <translation>Ne signe plus rien de nouveau ; reste dans le JWKS jusqu&apos;à l&apos;expiration des jetons qu&apos;elle a signés.</translation>
    </message>
    <message>
        <source>Signs nothing and is no longer published: tokens it signed no longer verify.</source>
        <translation>Ne signe rien et n&apos;est plus publiée : les jetons qu&apos;elle a signés ne sont plus vérifiables.</translation>
    </message>
    <message>
        <source>Withdrawn: never published, every token it signed is refused.</source>
        <translation>Retirée : jamais publiée, chaque jeton qu&apos;elle a signé est refusé.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Retired, published</source>
        <translation>Retirée, publiée</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Retirée</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoquée</translation>
    </message>
    <message>
        <source>while active</source>
        <translation>pendant qu&apos;elle était active</translation>
    </message>
    <message>
        <source>Key ID (kid)</source>
        <translation>ID de clé (kid)</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithme</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Published until</source>
        <translation>Publiée jusqu&apos;au</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Signification</translation>
    </message>
</context>
<context>
    <name>mcpauth::SigningKeysPage</name>
    <message>
        <source>The local authorization server signs access tokens with these keys and publishes their public halves in its JWKS, where MCP servers fetch them to check tokens. Rotate a key when it may have leaked, or on a schedule: the new key signs from then on, and the old one stays published until the tokens it signed have expired.</source>
        <translation>Le serveur d&apos;autorisation local signe les jetons d&apos;accès avec ces clés et publie leurs parties publiques dans son JWKS, où les serveurs MCP les récupèrent pour vérifier les jetons. Renouvelez une clé si elle a pu être compromise, ou selon un calendrier : la nouvelle clé signe dès lors, et l&apos;ancienne reste publiée jusqu&apos;à l&apos;expiration des jetons qu&apos;elle a signés.</translation>
    </message>
    <message>
        <source>Signing keys</source>
        <translation>Clés de signature</translation>
    </message>
    <message>
        <source>Algorithm to rotate</source>
        <translation>Algorithme à renouveler</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Clé :</translation>
    </message>
    <message>
        <source>&amp;Rotate…</source>
        <translation>&amp;Renouveler…</translation>
    </message>
    <message>
        <source>Re&amp;tire Now…</source>
        <translation>Re&amp;tirer maintenant…</translation>
    </message>
    <message>
        <source>Select a replaced key that is still published to take it out of the JWKS now.</source>
        <translation>Sélectionnez une clé remplacée encore publiée pour la retirer immédiatement du JWKS.</translation>
    </message>
    <message>
        <source>This key signs new tokens: rotate it first; it then stays published until its tokens expire, unless you retire it now.</source>
        <translation>Cette clé signe les nouveaux jetons : renouvelez-la d&apos;abord ; elle reste alors publiée jusqu&apos;à l&apos;expiration de ses jetons, sauf si vous la retirez maintenant.</translation>
    </message>
    <message>
        <source>This key is no longer published.</source>
        <translation>Cette clé n&apos;est plus publiée.</translation>
    </message>
    <message>
        <source>Take this key out of the JWKS now, for a key that may have leaked.</source>
        <translation>Retirer immédiatement cette clé du JWKS, pour une clé qui a pu être compromise.</translation>
    </message>
    <message>
        <source>Retire signing key now</source>
        <translation>Retirer la clé de signature maintenant</translation>
    </message>
    <message>
        <source>Take the key %1 out of the JWKS now?

Every token it signed stops verifying at once, before it expires: clients holding one must sign in again. Do this when the key may have leaked.</source>
        <translation>Retirer immédiatement la clé %1 du JWKS ?

Chaque jeton qu&apos;elle a signé cesse immédiatement d&apos;être vérifiable, avant son expiration : les clients qui en détiennent un doivent se reconnecter. Faites-le si la clé a pu être compromise.</translation>
    </message>
    <message>
        <source>Retire Now</source>
        <translation>Retirer maintenant</translation>
    </message>
    <message>
        <source>Could not retire the signing key</source>
        <translation>Impossible de retirer la clé de signature</translation>
    </message>
    <message>
        <source>The key %1 is no longer published.</source>
        <translation>La clé %1 n&apos;est plus publiée.</translation>
    </message>
    <message>
        <source>Signing key retired.</source>
        <translation>Clé de signature retirée.</translation>
    </message>
    <message>
        <source>Could not load the signing keys</source>
        <translation>Impossible de charger les clés de signature</translation>
    </message>
    <message>
        <source>Create a new %1 signing key?</source>
        <translation>Créer une nouvelle clé de signature %1 ?</translation>
    </message>
    <message>
        <source>Rotate the %1 signing key %2?

A new key signs every token from now on. The old key is retired: it stays in the JWKS until the longest access-token lifetime has passed, so the tokens it signed keep working until they expire, and then disappears from the JWKS. A local server running on this store picks the new key up without a restart.</source>
        <translation>Renouveler la clé de signature %1 %2 ?

Une nouvelle clé signe désormais chaque jeton. L&apos;ancienne clé est retirée : elle reste dans le JWKS jusqu&apos;à ce que la plus longue durée de vie des jetons d&apos;accès soit écoulée, de sorte que les jetons qu&apos;elle a signés fonctionnent jusqu&apos;à leur expiration, puis disparaît du JWKS. Un serveur local fonctionnant sur ce magasin prend en compte la nouvelle clé sans redémarrage.</translation>
    </message>
    <message>
        <source>Rotate signing key</source>
        <translation>Renouveler la clé de signature</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Renouveler</translation>
    </message>
    <message>
        <source>Rotating…</source>
        <translation>Renouvellement…</translation>
    </message>
    <message>
        <source>Could not rotate the signing key</source>
        <translation>Impossible de renouveler la clé de signature</translation>
    </message>
    <message>
        <source>The new key %1 signs from now on; %2 stays published until %3.</source>
        <translation>La nouvelle clé %1 signe désormais ; %2 reste publiée jusqu&apos;au %3.</translation>
    </message>
    <message>
        <source>Signing key rotated.</source>
        <translation>Clé de signature renouvelée.</translation>
    </message>
</context>
<context>
    <name>mcpauth::TestPage</name>
    <message>
        <source>Test the connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>About the test</source>
        <translation>À propos du test</translation>
    </message>
    <message>
        <source>&amp;Sign In and Test</source>
        <translation>&amp;Se connecter et tester</translation>
    </message>
    <message>
        <source>Sign in and test the connection</source>
        <translation>Se connecter et tester la connexion</translation>
    </message>
    <message>
        <source>Opens your browser to sign in, then connects as the client will and lists the tools.</source>
        <translation>Ouvre votre navigateur pour vous connecter, puis se connecte comme le fera le client et liste les outils.</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Résultat du test</translation>
    </message>
    <message>
        <source>Tools the server offers</source>
        <translation>Outils proposés par le serveur</translation>
    </message>
    <message>
        <source>Description of the selected tool</source>
        <translation>Description de l&apos;outil sélectionné</translation>
    </message>
    <message>
        <source>&amp;Tools the server offers:</source>
        <translation>&amp;Outils proposés par le serveur :</translation>
    </message>
    <message>
        <source>Signs in through your browser and connects to %1 the way %2 will, then lists the tools.</source>
        <translation>Se connecte via votre navigateur et se connecte à %1 comme le fera %2, puis liste les outils.</translation>
    </message>
    <message>
        <source>The test registers a client of its own and uses the redirect URI http://%1:&lt;port&gt;%2.</source>
        <translation>Le test enregistre son propre client et utilise l&apos;URI de redirection http://%1:&lt;port&gt;%2.</translation>
    </message>
    <message>
        <source>The test uses the client ID %1 and the redirect URI http://%2:%3%4, as %5 does.</source>
        <translation>Le test utilise l&apos;ID client %1 et l&apos;URI de redirection http://%2:%3%4, comme le fait %5.</translation>
    </message>
    <message>
        <source>&lt;any port&gt;</source>
        <translation>&lt;n&apos;importe quel port&gt;</translation>
    </message>
    <message>
        <source>Click Sign In and Test.</source>
        <translation>Cliquez sur Se connecter et tester.</translation>
    </message>
    <message numerus="yes">
        <source>Connected: the server offers %n tool(s). The client is ready.</source>
        <translation>
            <numerusform>Connecté : le serveur propose %n outil. Le client est prêt.</numerusform>
            <numerusform>Connecté : le serveur propose %n outils. Le client est prêt.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Test Again</source>
        <translation>&amp;Tester à nouveau</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>Le test a été annulé.</translation>
    </message>
    <message>
        <source>The connection failed: the findings below say why and how to fix it. After a fix, click Sign In and Test again.</source>
        <translation>La connexion a échoué : les constats ci-dessous indiquent pourquoi et comment corriger. Après une correction, cliquez à nouveau sur Se connecter et tester.</translation>
    </message>
</context>
<context>
    <name>mcpauth::TokenIntrospection</name>
    <message>
        <source>Inactive: the server does not accept this token (revoked, expired, unknown to it, or not one it lets this client see).</source>
        <translation>Inactif : le serveur n&apos;accepte pas ce jeton (révoqué, expiré, inconnu de lui, ou non visible pour ce client).</translation>
    </message>
    <message>
        <source>Active: the server accepts this token.</source>
        <translation>Actif : le serveur accepte ce jeton.</translation>
    </message>
    <message>
        <source>Issued to client: %1</source>
        <translation>Émis pour le client : %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Sujet : %1</translation>
    </message>
    <message>
        <source>Scopes: none named</source>
        <translation>Portées : aucune indiquée</translation>
    </message>
    <message>
        <source>Scopes: %1</source>
        <translation>Portées : %1</translation>
    </message>
    <message>
        <source>Audience (resource): %1</source>
        <translation>Audience (ressource) : %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Émetteur : %1</translation>
    </message>
    <message>
        <source>Token type: %1</source>
        <translation>Type de jeton : %1</translation>
    </message>
    <message>
        <source>Issued at: %1</source>
        <translation>Émis le : %1</translation>
    </message>
    <message>
        <source>Expires at: %1 (%2 min from now)</source>
        <translation>Expire le : %1 (dans %2 min)</translation>
    </message>
    <message>
        <source>Expires at: %1</source>
        <translation>Expire le : %1</translation>
    </message>
    <message>
        <source>Expires: the server did not say.</source>
        <translation>Expiration : non indiquée par le serveur.</translation>
    </message>
</context>
<context>
    <name>mcpauth::TokenLookupPage</name>
    <message>
        <source>%1 The server can also revoke a pasted token (RFC 7009), so that it stops accepting it.</source>
        <translation>%1 Le serveur peut aussi révoquer un jeton collé (RFC 7009), afin qu&apos;il ne l&apos;accepte plus.</translation>
    </message>
    <message>
        <source>&amp;Token (access or refresh token, as the client holds it):</source>
        <translation>&amp;Jeton (jeton d&apos;accès ou d&apos;actualisation, tel que le détient le client) :</translation>
    </message>
    <message>
        <source>Token to look up</source>
        <translation>Jeton à consulter</translation>
    </message>
    <message>
        <source>Paste a token</source>
        <translation>Collez un jeton</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>&amp;Consulter</translation>
    </message>
    <message>
        <source>Look up the token</source>
        <translation>Consulter le jeton</translation>
    </message>
    <message>
        <source>&amp;Revoke at the server…</source>
        <translation>&amp;Révoquer sur le serveur…</translation>
    </message>
    <message>
        <source>Revoke the token at the server</source>
        <translation>Révoquer le jeton sur le serveur</translation>
    </message>
    <message>
        <source>Look-up result</source>
        <translation>Résultat de la consultation</translation>
    </message>
    <message>
        <source>&lt;p&gt;Nothing looked up yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Rien n&apos;a encore été consulté.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Look up a token</source>
        <translation>Consulter un jeton</translation>
    </message>
    <message>
        <source>Server metadata and keys</source>
        <translation>Métadonnées et clés du serveur</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>Revoke the pasted token at the server (Delete)</source>
        <translation>Révoquer le jeton collé sur le serveur (Delete)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Reading the server&apos;s metadata and keys…&lt;/p&gt;</source>
        <translation>&lt;p&gt;Lecture des métadonnées et des clés du serveur…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Could not read the server&apos;s metadata</source>
        <translation>Impossible de lire les métadonnées du serveur</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Metadata&lt;/h3&gt;&lt;p&gt;From &lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Métadonnées&lt;/h3&gt;&lt;p&gt;Depuis &lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Signing keys (JWKS)&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Clés de signature (JWKS)&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;From &lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Depuis &lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Key id (kid)</source>
        <translation>ID de clé (kid)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithme</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Usage</translation>
    </message>
    <message>
        <source>&lt;p&gt;Asking the server…&lt;/p&gt;</source>
        <translation>&lt;p&gt;Interrogation du serveur…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The server could not be asked.&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Press Look up to try again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Impossible d&apos;interroger le serveur.&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Cliquez sur Consulter pour réessayer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Could not look the token up</source>
        <translation>Impossible de consulter le jeton</translation>
    </message>
    <message>
        <source>&lt;h4&gt;The server&apos;s answer&lt;/h4&gt;&lt;pre&gt;%1&lt;/pre&gt;</source>
        <translation>&lt;h4&gt;Réponse du serveur&lt;/h4&gt;&lt;pre&gt;%1&lt;/pre&gt;</translation>
    </message>
    <message>
        <source>The server accepts this token.</source>
        <translation>Le serveur accepte ce jeton.</translation>
    </message>
    <message>
        <source>The server does not accept this token.</source>
        <translation>Le serveur n&apos;accepte pas ce jeton.</translation>
    </message>
    <message>
        <source>Revoke the token?</source>
        <translation>Révoquer le jeton ?</translation>
    </message>
    <message>
        <source>The server will stop accepting the pasted token. It answers the same whether or not it knew the token. A JWT access token that a resource server checks offline stays usable there until it expires.</source>
        <translation>Le serveur cessera d&apos;accepter le jeton collé. Il répond de la même façon qu&apos;il ait connu le jeton ou non. Un jeton d&apos;accès JWT qu&apos;un serveur de ressources vérifie hors ligne reste utilisable là-bas jusqu&apos;à son expiration.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <source>Could not revoke the token</source>
        <translation>Impossible de révoquer le jeton</translation>
    </message>
    <message>
        <source>The server accepted the revocation.</source>
        <translation>Le serveur a accepté la révocation.</translation>
    </message>
</context>
<context>
    <name>mcpauth::TokenTableModel</name>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualisation</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>(the application itself)</source>
        <translation>(l&apos;application elle-même)</translation>
    </message>
    <message>
        <source>Click to sort</source>
        <translation>Cliquez pour trier</translation>
    </message>
    <message>
        <source>Only the issue and expiry times can be sorted</source>
        <translation>Seules les dates d&apos;émission et d&apos;expiration peuvent être triées</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émis</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Portées</translation>
    </message>
    <message>
        <source>Token ID (jti)</source>
        <translation>ID du jeton (jti)</translation>
    </message>
</context>
<context>
    <name>mcpauth::TokensPage</name>
    <message>
        <source>&amp;Application:</source>
        <translation>&amp;Application :</translation>
    </message>
    <message>
        <source>Application filter</source>
        <translation>Filtre application</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>User filter</source>
        <translation>Filtre utilisateur</translation>
    </message>
    <message>
        <source>Reso&amp;urce:</source>
        <translation>Ress&amp;ource :</translation>
    </message>
    <message>
        <source>Resource filter</source>
        <translation>Filtre ressource</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <source>State filter</source>
        <translation>Filtre état</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Tous</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <source>Issued from</source>
        <translation>Émis à partir du</translation>
    </message>
    <message>
        <source>Issued before</source>
        <translation>Émis avant le</translation>
    </message>
    <message>
        <source>&amp;Issued from:</source>
        <translation>Émis à &amp;partir du :</translation>
    </message>
    <message>
        <source>&amp;before:</source>
        <translation>a&amp;vant le :</translation>
    </message>
    <message>
        <source>Go to &amp;last</source>
        <translation>Aller à la &amp;fin</translation>
    </message>
    <message>
        <source>Show the last tokens in this order (Ctrl+End in the table)</source>
        <translation>Afficher les derniers jetons dans cet ordre (Ctrl+End dans le tableau)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Write the tokens that match the filter to a CSV or JSON file</source>
        <translation>Écrire les jetons correspondant au filtre dans un fichier CSV ou JSON</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Jetons</translation>
    </message>
    <message>
        <source>Token details</source>
        <translation>Détails du jeton</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Révoquer</translation>
    </message>
    <message>
        <source>Revoke the selected tokens (Delete)</source>
        <translation>Révoquer les jetons sélectionnés (Delete)</translation>
    </message>
    <message>
        <source>All of this &amp;user…</source>
        <translation>Tous ceux de cet utili&amp;sateur…</translation>
    </message>
    <message>
        <source>Revoke every token of the selected token&apos;s user</source>
        <translation>Révoquer tous les jetons de l&apos;utilisateur du jeton sélectionné</translation>
    </message>
    <message>
        <source>All of this a&amp;pplication…</source>
        <translation>Tous ceux de cette app&amp;lication…</translation>
    </message>
    <message>
        <source>Revoke every token of the selected token&apos;s application</source>
        <translation>Révoquer tous les jetons de l&apos;application du jeton sélectionné</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Paste an access token (JWT) to decode it, check its signature against the local server&apos;s published keys, and find it in the store:</source>
        <translation>Collez un jeton d&apos;accès (JWT) pour le décoder, vérifier sa signature avec les clés publiées du serveur local et le trouver dans le magasin :</translation>
    </message>
    <message>
        <source>Token to look up</source>
        <translation>Jeton à rechercher</translation>
    </message>
    <message>
        <source>eyJhbGciOi…</source>
        <translation>eyJhbGciOi…</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>Re&amp;chercher</translation>
    </message>
    <message>
        <source>Look-up result</source>
        <translation>Résultat de la recherche</translation>
    </message>
    <message>
        <source>Look up a token</source>
        <translation>Rechercher un jeton</translation>
    </message>
    <message>
        <source>Could not load the tokens</source>
        <translation>Impossible de charger les jetons</translation>
    </message>
    <message>
        <source>Could not load the applications</source>
        <translation>Impossible de charger les applications</translation>
    </message>
    <message>
        <source>Only the issue and expiry times can be sorted.</source>
        <translation>Seules les dates d&apos;émission et d&apos;expiration peuvent être triées.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message numerus="yes">
        <source>%1 token(s)</source>
        <translation>
            <numerusform>%1 jeton</numerusform>
            <numerusform>%1 jetons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Revoke %n tokens</source>
        <translation>
            <numerusform>&amp;Révoquer %n jeton</numerusform>
            <numerusform>&amp;Révoquer %n jetons</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke the token %1?

A resource server that introspects it refuses it from now on; a refresh token takes the access tokens of its family with it.</source>
        <translation>Révoquer le jeton %1 ?

Un serveur de ressources qui l&apos;inspecte par introspection le refuse désormais ; un jeton d&apos;actualisation entraîne avec lui les jetons d&apos;accès de sa famille.</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n token(s)?

A resource server that introspects them refuses them from now on; a refresh token takes the access tokens of its family with it.</source>
        <translation>
            <numerusform>Révoquer %n jeton ?

Un serveur de ressources qui l&apos;inspecte par introspection le refuse désormais ; un jeton d&apos;actualisation entraîne avec lui les jetons d&apos;accès de sa famille.</numerusform>
            <numerusform>Révoquer %n jetons ?

Un serveur de ressources qui les inspecte par introspection les refuse désormais ; un jeton d&apos;actualisation entraîne avec lui les jetons d&apos;accès de sa famille.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke tokens</source>
        <translation>Révoquer les jetons</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n token(s)</source>
        <translation>
            <numerusform>Révoquer %n jeton</numerusform>
            <numerusform>Révoquer %n jetons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) could not be revoked.</source>
        <translation>
            <numerusform>%n jeton n&apos;a pas pu être révoqué.</numerusform>
            <numerusform>%n jetons n&apos;ont pas pu être révoqués.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoked %n token(s).</source>
        <translation>
            <numerusform>%n jeton révoqué.</numerusform>
            <numerusform>%n jetons révoqués.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not count the tokens</source>
        <translation>Impossible de compter les jetons</translation>
    </message>
    <message>
        <source>The user %1 has no active token.</source>
        <translation>L&apos;utilisateur %1 n&apos;a aucun jeton actif.</translation>
    </message>
    <message>
        <source>The application %1 has no active token.</source>
        <translation>L&apos;application %1 n&apos;a aucun jeton actif.</translation>
    </message>
    <message numerus="yes">
        <source>Revoke all %n active token(s) of the user %1?

The user&apos;s clients must sign in again.</source>
        <translation>
            <numerusform>Révoquer le jeton actif (%n) de l&apos;utilisateur %1 ?

Les clients de l&apos;utilisateur devront se reconnecter.</numerusform>
            <numerusform>Révoquer les %n jetons actifs de l&apos;utilisateur %1 ?

Les clients de l&apos;utilisateur devront se reconnecter.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke all %n active token(s) of the application %1?

Every user of the application must sign in again.</source>
        <translation>
            <numerusform>Révoquer le jeton actif (%n) de l&apos;application %1 ?

Chaque utilisateur de l&apos;application devra se reconnecter.</numerusform>
            <numerusform>Révoquer les %n jetons actifs de l&apos;application %1 ?

Chaque utilisateur de l&apos;application devra se reconnecter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not revoke the tokens</source>
        <translation>Impossible de révoquer les jetons</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
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
        <translation>a expiré il y a %1</translation>
    </message>
    <message>
        <source>expires in %1</source>
        <translation>expire dans %1</translation>
    </message>
    <message>
        <source>The audience (&lt;code&gt;aud&lt;/code&gt;) is &lt;b&gt;%1&lt;/b&gt;, the registered resource “%2”: only that MCP server accepts it.</source>
        <translation>L&apos;audience (&lt;code&gt;aud&lt;/code&gt;) est &lt;b&gt;%1&lt;/b&gt;, la ressource enregistrée « %2 » : seul ce serveur MCP l&apos;accepte.</translation>
    </message>
    <message>
        <source>The token names no audience (&lt;code&gt;aud&lt;/code&gt;): a resource server that checks the audience, as MCP requires, refuses it.</source>
        <translation>Le jeton n&apos;indique aucune audience (&lt;code&gt;aud&lt;/code&gt;) : un serveur de ressources qui vérifie l&apos;audience, comme l&apos;exige MCP, le refuse.</translation>
    </message>
    <message>
        <source>The audience (&lt;code&gt;aud&lt;/code&gt;) is &lt;b&gt;%1&lt;/b&gt;, which is &lt;b&gt;not a registered resource&lt;/b&gt;: no MCP server of this backend accepts it.</source>
        <translation>L&apos;audience (&lt;code&gt;aud&lt;/code&gt;) est &lt;b&gt;%1&lt;/b&gt;, qui &lt;b&gt;n&apos;est pas une ressource enregistrée&lt;/b&gt; : aucun serveur MCP de ce backend ne l&apos;accepte.</translation>
    </message>
    <message>
        <source>&lt;p&gt;No scopes: the token grants nothing beyond the resource&apos;s public tools.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aucune portée : le jeton n&apos;accorde rien au-delà des outils publics de la ressource.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>not a scope of this backend</source>
        <translation>pas une portée de ce backend</translation>
    </message>
    <message>
        <source>A refresh token</source>
        <translation>Un jeton d&apos;actualisation</translation>
    </message>
    <message>
        <source>An access token</source>
        <translation>Un jeton d&apos;accès</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 issued to the application &lt;b&gt;%2&lt;/b&gt; for itself (client credentials, no user).&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 émis pour l&apos;application &lt;b&gt;%2&lt;/b&gt; elle-même (identifiants client, sans utilisateur).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 issued to the application &lt;b&gt;%2&lt;/b&gt;, acting for the user &lt;b&gt;%3&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1 émis pour l&apos;application &lt;b&gt;%2&lt;/b&gt;, agissant pour l&apos;utilisateur &lt;b&gt;%3&lt;/b&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Active&lt;/b&gt;: it %1 (at %2).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Actif&lt;/b&gt; : il %1 (le %2).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Expired&lt;/b&gt;: it %1 (at %2); no resource server accepts it any more.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Expiré&lt;/b&gt; : il %1 (le %2) ; aucun serveur de ressources ne l&apos;accepte plus.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Revoked&lt;/b&gt; at %1: introspection answers “inactive”.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Révoqué&lt;/b&gt; le %1 : l&apos;introspection répond « inactif ».&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Scopes:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Portées :&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Issued at %1. Token ID (&lt;code&gt;jti&lt;/code&gt;): &lt;code&gt;%2&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Émis le %1. ID du jeton (&lt;code&gt;jti&lt;/code&gt;) : &lt;code&gt;%2&lt;/code&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Refresh family &lt;code&gt;%1&lt;/code&gt;: revoking the refresh token revokes the tokens of its family.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Famille d&apos;actualisation &lt;code&gt;%1&lt;/code&gt; : révoquer le jeton d&apos;actualisation révoque les jetons de sa famille.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a token to see what it grants, to whom, and until when.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Sélectionnez un jeton pour voir ce qu&apos;il accorde, à qui et jusqu&apos;à quand.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%n tokens selected. Revoke revokes them all.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n jeton sélectionné. Révoquer le révoque.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n jetons sélectionnés. Révoquer les révoque tous.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Paste a token first.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Collez d&apos;abord un jeton.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Signature valid.</source>
        <translation>Signature valide.</translation>
    </message>
    <message>
        <source>Signature not verified.</source>
        <translation>Signature non vérifiée.</translation>
    </message>
    <message>
        <source>&lt;p&gt;It %1 (at %2).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Il %1 (le %2).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Looking the token up in the store…</source>
        <translation>Recherche du jeton dans le magasin…</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Header&lt;/h4&gt;&lt;pre&gt;%1&lt;/pre&gt;&lt;h4&gt;Claims&lt;/h4&gt;&lt;pre&gt;%2&lt;/pre&gt;</source>
        <translation>&lt;h4&gt;En-tête&lt;/h4&gt;&lt;pre&gt;%1&lt;/pre&gt;&lt;h4&gt;Revendications&lt;/h4&gt;&lt;pre&gt;%2&lt;/pre&gt;</translation>
    </message>
    <message>
        <source>The token has no &lt;code&gt;jti&lt;/code&gt;, so it cannot be found in the store.</source>
        <translation>Le jeton n&apos;a pas de &lt;code&gt;jti&lt;/code&gt; ; il ne peut donc pas être trouvé dans le magasin.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not in the store&lt;/b&gt;: this backend did not issue the token, or its record was removed.</source>
        <translation>&lt;b&gt;Absent du magasin&lt;/b&gt; : ce backend n&apos;a pas émis le jeton, ou son enregistrement a été supprimé.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Introspection: active.&lt;/b&gt; The store knows this token and it has not been revoked.</source>
        <translation>&lt;b&gt;Introspection : actif.&lt;/b&gt; Le magasin connaît ce jeton et il n&apos;a pas été révoqué.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Introspection: inactive&lt;/b&gt; (expired).</source>
        <translation>&lt;b&gt;Introspection : inactif&lt;/b&gt; (expiré).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Introspection: inactive&lt;/b&gt;, revoked at %1.</source>
        <translation>&lt;b&gt;Introspection : inactif&lt;/b&gt;, révoqué le %1.</translation>
    </message>
    <message>
        <source>Delete &amp;record…</source>
        <translation>Supprimer l’en&amp;registrement…</translation>
    </message>
    <message>
        <source>Delete the selected tokens&apos; records instead of keeping them as revoked</source>
        <translation>Supprimer les enregistrements des jetons sélectionnés au lieu de les conserver comme révoqués</translation>
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
            <numerusform>Supprimer l’enregistrement de %n jeton ?

Le serveur l’oublie : il n’apparaît plus ici, et rien ne montre qu’il a été révoqué. Révoquer conserve l’enregistrement.</numerusform>
            <numerusform>Supprimer les enregistrements de %n jetons ?

Le serveur les oublie : ils n’apparaissent plus ici, et rien ne montre qu’ils ont été révoqués. Révoquer conserve les enregistrements.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete token records</source>
        <translation>Supprimer les enregistrements de jetons</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n record(s)</source>
        <translation>
            <numerusform>Supprimer %n enregistrement</numerusform>
            <numerusform>Supprimer %n enregistrements</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token record(s) could not be deleted.</source>
        <translation>
            <numerusform>%n enregistrement de jeton n’a pas pu être supprimé.</numerusform>
            <numerusform>%n enregistrements de jetons n’ont pas pu être supprimés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n token record(s).</source>
        <translation>
            <numerusform>%n enregistrement de jeton supprimé.</numerusform>
            <numerusform>%n enregistrements de jetons supprimés.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audience (&lt;code&gt;aud&lt;/code&gt;) is &lt;b&gt;%1&lt;/b&gt;, the resource the client asked for.</source>
        <translation>L’audience (&lt;code&gt;aud&lt;/code&gt;) est &lt;b&gt;%1&lt;/b&gt;, la ressource demandée par le client.</translation>
    </message>
</context>
<context>
    <name>mcpauth::ToolCallForm</name>
    <message>
        <source>&amp;Call tool</source>
        <translation>&amp;Appeler l&apos;outil</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
    <message>
        <source>Runs the connection again and calls this tool at its end.</source>
        <translation>Relance la connexion et appelle cet outil à la fin.</translation>
    </message>
    <message>
        <source>&amp;Tool:</source>
        <translation>&amp;Outil :</translation>
    </message>
    <message>
        <source>The tools appear here after a run that reached tools/list.</source>
        <translation>Les outils apparaissent ici après une exécution ayant atteint tools/list.</translation>
    </message>
    <message>
        <source>This tool takes no arguments.</source>
        <translation>Cet outil ne prend aucun argument.</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(non défini)</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>JSON (%1)</source>
        <translation>JSON (%1)</translation>
    </message>
    <message>
        <source>any type</source>
        <translation>tout type</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* obligatoire</translation>
    </message>
    <message>
        <source>Run the connection first: it lists the tools.</source>
        <translation>Exécutez d&apos;abord la connexion : elle liste les outils.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 est obligatoire.</translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation>%1 doit être un nombre entier.</translation>
    </message>
    <message>
        <source>%1 must be a number.</source>
        <translation>%1 doit être un nombre.</translation>
    </message>
    <message>
        <source>%1 must be JSON.</source>
        <translation>%1 doit être du JSON.</translation>
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
        <translation>Requête JSON-RPC</translation>
    </message>
    <message>
        <source>JSON-RPC response</source>
        <translation>Réponse JSON-RPC</translation>
    </message>
    <message>
        <source>JSON-RPC notification</source>
        <translation>Notification JSON-RPC</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Navigateur</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>erreur %1</translation>
    </message>
    <message>
        <source>result</source>
        <translation>résultat</translation>
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
        <translation>Heure</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
</context>
<context>
    <name>mcpauth::UserEditorDialog</name>
    <message>
        <source>Add User</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <source>Edit User %1</source>
        <translation>Modifier l&apos;utilisateur %1</translation>
    </message>
    <message>
        <source>Or&amp;ganization:</source>
        <translation>Or&amp;ganisation :</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>Nom d&apos;&amp;utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>Nom &amp;affiché :</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mail :</translation>
    </message>
    <message>
        <source>&amp;Administrator: may hold the built-in MCP server&apos;s administrator-only scopes</source>
        <translation>A&amp;dministrateur : peut détenir les portées réservées aux administrateurs du serveur MCP intégré</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>Could not load the organizations: %1</source>
        <translation>Impossible de charger les organisations : %1</translation>
    </message>
</context>
<context>
    <name>mcpauth::UserTableModel</name>
    <message>
        <source>Cannot sign in; their tokens were revoked when the account was disabled.</source>
        <translation>Ne peut pas se connecter ; ses jetons ont été révoqués lors de la désactivation du compte.</translation>
    </message>
    <message>
        <source>May consent to the administrator-only scopes of the built-in MCP server.</source>
        <translation>Peut consentir aux portées réservées aux administrateurs du serveur MCP intégré.</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nom affiché</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé</translation>
    </message>
</context>
<context>
    <name>mcpauth::UsersPage</name>
    <message>
        <source>Filter by username, name or email (Ctrl+F)</source>
        <translation>Filtrer par nom d&apos;utilisateur, nom ou e-mail (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter users</source>
        <translation>Filtrer les utilisateurs</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation>Modifier l&apos;utilisateur</translation>
    </message>
    <message>
        <source>D&amp;isable</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>Disable or enable user</source>
        <translation>Désactiver ou activer l&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Reset Password…</source>
        <translation>&amp;Réinitialiser le mot de passe…</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Réinitialiser le mot de passe</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Dé&amp;verrouiller</translation>
    </message>
    <message>
        <source>Unlock user</source>
        <translation>Déverrouiller l&apos;utilisateur</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation>Supprimer l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Lift a lockout after repeated failed sign-ins now instead of waiting for it to end.</source>
        <translation>Lever immédiatement un verrouillage dû à des échecs de connexion répétés au lieu d&apos;attendre sa fin.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <source>&lt;b&gt;Consents in force&lt;/b&gt;</source>
        <translation>&lt;b&gt;Consentements en vigueur&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Consents of the selected user</source>
        <translation>Consentements de l&apos;utilisateur sélectionné</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Application</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Portées</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Accordé</translation>
    </message>
    <message>
        <source>Recent tokens of the selected user</source>
        <translation>Jetons récents de l&apos;utilisateur sélectionné</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émis</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>Could not load the users</source>
        <translation>Impossible de charger les utilisateurs</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n utilisateur</numerusform>
            <numerusform>%n utilisateurs</numerusform>
        </translation>
    </message>
    <message>
        <source>En&amp;able</source>
        <translation>Ac&amp;tiver</translation>
    </message>
    <message>
        <source>Let the user sign in again. Tokens revoked when the account was disabled stay revoked.</source>
        <translation>Permettre à nouveau à l&apos;utilisateur de se connecter. Les jetons révoqués lors de la désactivation du compte restent révoqués.</translation>
    </message>
    <message>
        <source>Stop the user from signing in and revoke every token of theirs.</source>
        <translation>Empêcher l&apos;utilisateur de se connecter et révoquer tous ses jetons.</translation>
    </message>
    <message>
        <source>User %1 added.</source>
        <translation>Utilisateur %1 ajouté.</translation>
    </message>
    <message>
        <source>User %1 saved.</source>
        <translation>Utilisateur %1 enregistré.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>The password of %1. Give it to them over a channel you trust; they sign in with it at the local authorization server&apos;s login page.</source>
        <translation>Le mot de passe de %1. Transmettez-le par un canal de confiance ; l&apos;utilisateur s&apos;en sert pour se connecter sur la page de connexion du serveur d&apos;autorisation local.</translation>
    </message>
    <message>
        <source>Could not change %1</source>
        <translation>Impossible de modifier %1</translation>
    </message>
    <message>
        <source>User %1 disabled; their tokens were revoked.</source>
        <translation>Utilisateur %1 désactivé ; ses jetons ont été révoqués.</translation>
    </message>
    <message>
        <source>User %1 enabled.</source>
        <translation>Utilisateur %1 activé.</translation>
    </message>
    <message>
        <source>Disable User</source>
        <translation>Désactiver l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Disable %1?</source>
        <translation>Désactiver %1 ?</translation>
    </message>
    <message numerus="yes">
        <source>They can no longer sign in, and every token of theirs is revoked now (%n token(s) are active). Enabling them later revives no token.</source>
        <translation>
            <numerusform>L&apos;utilisateur ne peut plus se connecter, et tous ses jetons sont révoqués maintenant (%n jeton actif). Le réactiver plus tard ne rétablit aucun jeton.</numerusform>
            <numerusform>L&apos;utilisateur ne peut plus se connecter, et tous ses jetons sont révoqués maintenant (%n jetons actifs). Le réactiver plus tard ne rétablit aucun jeton.</numerusform>
        </translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Désactiver</translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation>Le mot de passe de %1 a été réinitialisé.</translation>
    </message>
    <message>
        <source>Could not unlock %1</source>
        <translation>Impossible de déverrouiller %1</translation>
    </message>
    <message>
        <source>%1 may sign in again: failed attempts are forgotten.</source>
        <translation>%1 peut se reconnecter : les tentatives échouées sont oubliées.</translation>
    </message>
    <message>
        <source>Delete User</source>
        <translation>Supprimer l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Delete the user %1?</source>
        <translation>Supprimer l&apos;utilisateur %1 ?</translation>
    </message>
    <message>
        <source>Their %1 and %2 are deleted with them, so no token of theirs works any more. The audit log keeps the history.</source>
        <translation>Ses %1 et %2 sont supprimés avec lui ; aucun de ses jetons ne fonctionne plus. Le journal d&apos;audit conserve l&apos;historique.</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n jeton</numerusform>
            <numerusform>%n jetons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s)</source>
        <translation>
            <numerusform>%n consentement</numerusform>
            <numerusform>%n consentements</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Could not delete %1</source>
        <translation>Impossible de supprimer %1</translation>
    </message>
    <message>
        <source>User %1 deleted.</source>
        <translation>Utilisateur %1 supprimé.</translation>
    </message>
    <message>
        <source>Select a user to see their consents and tokens.</source>
        <translation>Sélectionnez un utilisateur pour voir ses consentements et ses jetons.</translation>
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
        <translation>Chargement des jetons…</translation>
    </message>
    <message>
        <source>Could not load the consents</source>
        <translation>Impossible de charger les consentements</translation>
    </message>
    <message>
        <source>Could not count the tokens: %1</source>
        <translation>Impossible de compter les jetons : %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tokens&lt;/b&gt;: none.</source>
        <translation>&lt;b&gt;Jetons&lt;/b&gt; : aucun.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tokens&lt;/b&gt;: %1, %2 active. The most recent:</source>
        <translation>&lt;b&gt;Jetons&lt;/b&gt; : %1, dont %2 actifs. Les plus récents :</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expiré</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoqué</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Accès</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualisation</translation>
    </message>
    <message>
        <source>Token ID %1, audience %2, scopes %3</source>
        <translation>ID du jeton %1, audience %2, portées %3</translation>
    </message>
</context>
</TS>
