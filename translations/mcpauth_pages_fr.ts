<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AuthPages</name>
    <message>
        <source>This server does not answer to the name %1. Open the sign-in page at %2 instead.</source>
        <translation>Ce serveur ne répond pas au nom %1. Ouvrez plutôt la page de connexion à l&apos;adresse %2.</translation>
    </message>
    <message>
        <source>The form was sent from another web site, so it was not accepted.</source>
        <translation>Le formulaire a été envoyé depuis un autre site web ; il n&apos;a donc pas été accepté.</translation>
    </message>
    <message>
        <source>The application sent the sign-in request in a form this server does not understand.</source>
        <translation>L&apos;application a envoyé la demande de connexion sous une forme que ce serveur ne comprend pas.</translation>
    </message>
    <message>
        <source>The application&apos;s sign-in request is too large: %1 bytes, where at most %2 are accepted.</source>
        <translation>La demande de connexion de l&apos;application est trop volumineuse : %1 octets, alors que %2 au maximum sont acceptés.</translation>
    </message>
    <message>
        <source>The application sent its client ID more than once.</source>
        <translation>L&apos;application a envoyé son ID client plus d&apos;une fois.</translation>
    </message>
    <message>
        <source>The application did not say who it is (no client ID).</source>
        <translation>L&apos;application n&apos;a pas indiqué qui elle est (aucun ID client).</translation>
    </message>
    <message>
        <source>The application&apos;s client ID is longer than %1 characters.</source>
        <translation>L&apos;ID client de l&apos;application dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>The application&apos;s client ID is not acceptable: %1</source>
        <translation>L&apos;ID client de l&apos;application n&apos;est pas acceptable : %1</translation>
    </message>
    <message>
        <source>This server has fetched too many application metadata documents for your address in the last minute. Try again in %1 seconds.</source>
        <translation>Ce serveur a récupéré trop de documents de métadonnées d&apos;application pour votre adresse au cours de la dernière minute. Réessayez dans %1 secondes.</translation>
    </message>
    <message>
        <source>This server has fetched too many application metadata documents in the last minute. Try again in %1 seconds.</source>
        <translation>Ce serveur a récupéré trop de documents de métadonnées d&apos;application au cours de la dernière minute. Réessayez dans %1 secondes.</translation>
    </message>
    <message>
        <source>The application&apos;s metadata document could not be used: %1</source>
        <translation>Le document de métadonnées de l&apos;application n&apos;a pas pu être utilisé : %1</translation>
    </message>
    <message>
        <source>The application that sent you here is not registered with this server (client ID %1).</source>
        <translation>L&apos;application qui vous a envoyé ici n&apos;est pas enregistrée auprès de ce serveur (ID client %1).</translation>
    </message>
    <message>
        <source>The application sent its redirect URI more than once.</source>
        <translation>L&apos;application a envoyé son URI de redirection plus d&apos;une fois.</translation>
    </message>
    <message>
        <source>The application did not say where to send you back to (no redirect_uri).</source>
        <translation>L&apos;application n&apos;a pas indiqué où vous renvoyer (aucun redirect_uri).</translation>
    </message>
    <message>
        <source>The application&apos;s redirect URI is longer than %1 characters.</source>
        <translation>L&apos;URI de redirection de l&apos;application dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>The application %1 asked to send you back to %2, which is not one of its registered redirect URIs (%3). For your safety you are not sent there.</source>
        <translation>L&apos;application %1 a demandé à vous renvoyer vers %2, qui ne fait pas partie de ses URI de redirection enregistrées (%3). Pour votre sécurité, vous n&apos;y êtes pas redirigé.</translation>
    </message>
    <message>
        <source>This sign-in request has expired or was already used.</source>
        <translation>Cette demande de connexion a expiré ou a déjà été utilisée.</translation>
    </message>
    <message>
        <source>Your sign-in session has expired.</source>
        <translation>Votre session de connexion a expiré.</translation>
    </message>
    <message>
        <source>The application is no longer registered with this server.</source>
        <translation>L&apos;application n&apos;est plus enregistrée auprès de ce serveur.</translation>
    </message>
    <message>
        <source>The application&apos;s metadata document cannot be fetched right now: %1</source>
        <translation>Le document de métadonnées de l&apos;application ne peut pas être récupéré pour le moment : %1</translation>
    </message>
    <message>
        <source>Registered dynamically</source>
        <translation>Enregistrée dynamiquement</translation>
    </message>
    <message>
        <source>Identified by a metadata document at %1</source>
        <translation>Identifiée par un document de métadonnées à l&apos;adresse %1</translation>
    </message>
    <message>
        <source>Registered by an administrator</source>
        <translation>Enregistrée par un administrateur</translation>
    </message>
    <message>
        <source>Your sign-in session has expired, or your browser did not send its cookie.</source>
        <translation>Votre session de connexion a expiré, ou votre navigateur n&apos;a pas envoyé son cookie.</translation>
    </message>
    <message>
        <source>The form did not come from this page (its security token is missing or wrong).</source>
        <translation>Le formulaire ne provient pas de cette page (son jeton de sécurité est absent ou incorrect).</translation>
    </message>
    <message>
        <source>The sign-in form arrived damaged.</source>
        <translation>Le formulaire de connexion est arrivé endommagé.</translation>
    </message>
    <message>
        <source>Too many sign-in attempts for this account in the last minute. Try again in %1 seconds.</source>
        <translation>Trop de tentatives de connexion pour ce compte au cours de la dernière minute. Réessayez dans %1 secondes.</translation>
    </message>
    <message>
        <source>Too many sign-in attempts from your address in the last minute. Try again in %1 seconds.</source>
        <translation>Trop de tentatives de connexion depuis votre adresse au cours de la dernière minute. Réessayez dans %1 secondes.</translation>
    </message>
    <message>
        <source>This server is checking too many sign-ins right now. Try again in a few seconds.</source>
        <translation>Ce serveur vérifie trop de connexions en ce moment. Réessayez dans quelques secondes.</translation>
    </message>
    <message>
        <source>Sign-in failed. Check your username and password.</source>
        <translation>Échec de la connexion. Vérifiez votre nom d&apos;utilisateur et votre mot de passe.</translation>
    </message>
    <message>
        <source>This account is locked after too many failed sign-ins. Try again in 1 minute, or ask your administrator to unlock it.</source>
        <translation>Ce compte est verrouillé après trop d&apos;échecs de connexion. Réessayez dans 1 minute, ou demandez à votre administrateur de le déverrouiller.</translation>
    </message>
    <message>
        <source>This account is locked after too many failed sign-ins. Try again in %1 minutes, or ask your administrator to unlock it.</source>
        <translation>Ce compte est verrouillé après trop d&apos;échecs de connexion. Réessayez dans %1 minutes, ou demandez à votre administrateur de le déverrouiller.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask your administrator to enable it.</source>
        <translation>Ce compte est désactivé. Demandez à votre administrateur de l&apos;activer.</translation>
    </message>
    <message>
        <source>The consent form arrived damaged.</source>
        <translation>Le formulaire de consentement est arrivé endommagé.</translation>
    </message>
    <message>
        <source>MCP Auth Console</source>
        <translation>MCP Auth Console</translation>
    </message>
    <message>
        <source>Authorization server at %1</source>
        <translation>Serveur d&apos;autorisation à l&apos;adresse %1</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>to continue to %1</source>
        <translation>pour continuer vers %1</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Continue only if you started signing in from %1 yourself.</source>
        <translation>Ne continuez que si vous avez vous-même commencé à vous connecter depuis %1.</translation>
    </message>
    <message>
        <source>Allow access?</source>
        <translation>Autoriser l&apos;accès ?</translation>
    </message>
    <message>
        <source>%1 wants to access %2</source>
        <translation>%1 souhaite accéder à %2</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Connecté en tant que %1.</translation>
    </message>
    <message>
        <source>After you decide, you will be sent to:</source>
        <translation>Après votre décision, vous serez redirigé vers :</translation>
    </message>
    <message>
        <source>This is an application on this computer.</source>
        <translation>Il s&apos;agit d&apos;une application sur cet ordinateur.</translation>
    </message>
    <message>
        <source>It will be able to:</source>
        <translation>Elle pourra :</translation>
    </message>
    <message>
        <source>Not granted, because only administrators can allow it:</source>
        <translation>Non accordé, car seuls les administrateurs peuvent l&apos;autoriser :</translation>
    </message>
    <message>
        <source>This application identified itself with a metadata document published at %1. Allow access only if you recognise that address.</source>
        <translation>Cette application s&apos;est identifiée avec un document de métadonnées publié à l&apos;adresse %1. N&apos;autorisez l&apos;accès que si vous reconnaissez cette adresse.</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Autoriser</translation>
    </message>
    <message>
        <source>You can withdraw this permission at any time in MCP Auth Console.</source>
        <translation>Vous pouvez retirer cette autorisation à tout moment dans MCP Auth Console.</translation>
    </message>
    <message>
        <source>Sign-in error</source>
        <translation>Erreur de connexion</translation>
    </message>
    <message>
        <source>This sign-in cannot continue</source>
        <translation>Cette connexion ne peut pas se poursuivre</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>Code d&apos;erreur : %1</translation>
    </message>
    <message>
        <source>Return to the application and start again. If this keeps happening, show this page to your administrator.</source>
        <translation>Revenez à l&apos;application et recommencez. Si le problème persiste, montrez cette page à votre administrateur.</translation>
    </message>
</context>
</TS>
