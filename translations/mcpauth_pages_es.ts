<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AuthPages</name>
    <message>
        <source>This server does not answer to the name %1. Open the sign-in page at %2 instead.</source>
        <translation>Este servidor no responde al nombre %1. Abra la página de inicio de sesión en %2.</translation>
    </message>
    <message>
        <source>The form was sent from another web site, so it was not accepted.</source>
        <translation>El formulario se envió desde otro sitio web, por lo que no se aceptó.</translation>
    </message>
    <message>
        <source>The application sent the sign-in request in a form this server does not understand.</source>
        <translation>La aplicación envió la solicitud de inicio de sesión en un formato que este servidor no entiende.</translation>
    </message>
    <message>
        <source>The application&apos;s sign-in request is too large: %1 bytes, where at most %2 are accepted.</source>
        <translation>La solicitud de inicio de sesión de la aplicación es demasiado grande: %1 bytes, cuando se aceptan como máximo %2.</translation>
    </message>
    <message>
        <source>The application sent its client ID more than once.</source>
        <translation>La aplicación envió su ID de cliente más de una vez.</translation>
    </message>
    <message>
        <source>The application did not say who it is (no client ID).</source>
        <translation>La aplicación no indicó quién es (falta el ID de cliente).</translation>
    </message>
    <message>
        <source>The application&apos;s client ID is longer than %1 characters.</source>
        <translation>El ID de cliente de la aplicación tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>The application&apos;s client ID is not acceptable: %1</source>
        <translation>El ID de cliente de la aplicación no es aceptable: %1</translation>
    </message>
    <message>
        <source>This server has fetched too many application metadata documents for your address in the last minute. Try again in %1 seconds.</source>
        <translation>Este servidor ha obtenido demasiados documentos de metadatos de aplicaciones para su dirección en el último minuto. Vuelva a intentarlo dentro de %1 segundos.</translation>
    </message>
    <message>
        <source>This server has fetched too many application metadata documents in the last minute. Try again in %1 seconds.</source>
        <translation>Este servidor ha obtenido demasiados documentos de metadatos de aplicaciones en el último minuto. Vuelva a intentarlo dentro de %1 segundos.</translation>
    </message>
    <message>
        <source>The application&apos;s metadata document could not be used: %1</source>
        <translation>No se pudo usar el documento de metadatos de la aplicación: %1</translation>
    </message>
    <message>
        <source>The application that sent you here is not registered with this server (client ID %1).</source>
        <translation>La aplicación que le envió aquí no está registrada en este servidor (ID de cliente %1).</translation>
    </message>
    <message>
        <source>The application sent its redirect URI more than once.</source>
        <translation>La aplicación envió su URI de redirección más de una vez.</translation>
    </message>
    <message>
        <source>The application did not say where to send you back to (no redirect_uri).</source>
        <translation>La aplicación no indicó adónde debe volver (falta redirect_uri).</translation>
    </message>
    <message>
        <source>The application&apos;s redirect URI is longer than %1 characters.</source>
        <translation>El URI de redirección de la aplicación tiene más de %1 caracteres.</translation>
    </message>
    <message>
        <source>The application %1 asked to send you back to %2, which is not one of its registered redirect URIs (%3). For your safety you are not sent there.</source>
        <translation>La aplicación %1 solicitó enviarle de vuelta a %2, que no es uno de sus URI de redirección registrados (%3). Por su seguridad, no se le envía allí.</translation>
    </message>
    <message>
        <source>This sign-in request has expired or was already used.</source>
        <translation>Esta solicitud de inicio de sesión ha caducado o ya se ha utilizado.</translation>
    </message>
    <message>
        <source>Your sign-in session has expired.</source>
        <translation>Su sesión de inicio de sesión ha caducado.</translation>
    </message>
    <message>
        <source>The application is no longer registered with this server.</source>
        <translation>La aplicación ya no está registrada en este servidor.</translation>
    </message>
    <message>
        <source>The application&apos;s metadata document cannot be fetched right now: %1</source>
        <translation>No se puede obtener el documento de metadatos de la aplicación en este momento: %1</translation>
    </message>
    <message>
        <source>Registered dynamically</source>
        <translation>Registrada dinámicamente</translation>
    </message>
    <message>
        <source>Identified by a metadata document at %1</source>
        <translation>Identificada por un documento de metadatos en %1</translation>
    </message>
    <message>
        <source>Registered by an administrator</source>
        <translation>Registrada por un administrador</translation>
    </message>
    <message>
        <source>Your sign-in session has expired, or your browser did not send its cookie.</source>
        <translation>Su sesión de inicio de sesión ha caducado o su navegador no envió su cookie.</translation>
    </message>
    <message>
        <source>The form did not come from this page (its security token is missing or wrong).</source>
        <translation>El formulario no procede de esta página (su token de seguridad falta o es incorrecto).</translation>
    </message>
    <message>
        <source>The sign-in form arrived damaged.</source>
        <translation>El formulario de inicio de sesión llegó dañado.</translation>
    </message>
    <message>
        <source>Too many sign-in attempts for this account in the last minute. Try again in %1 seconds.</source>
        <translation>Demasiados intentos de inicio de sesión para esta cuenta en el último minuto. Vuelva a intentarlo dentro de %1 segundos.</translation>
    </message>
    <message>
        <source>Too many sign-in attempts from your address in the last minute. Try again in %1 seconds.</source>
        <translation>Demasiados intentos de inicio de sesión desde su dirección en el último minuto. Vuelva a intentarlo dentro de %1 segundos.</translation>
    </message>
    <message>
        <source>This server is checking too many sign-ins right now. Try again in a few seconds.</source>
        <translation>Este servidor está comprobando demasiados inicios de sesión en este momento. Vuelva a intentarlo dentro de unos segundos.</translation>
    </message>
    <message>
        <source>Sign-in failed. Check your username and password.</source>
        <translation>Error al iniciar sesión. Compruebe su nombre de usuario y contraseña.</translation>
    </message>
    <message>
        <source>This account is locked after too many failed sign-ins. Try again in 1 minute, or ask your administrator to unlock it.</source>
        <translation>Esta cuenta está bloqueada tras demasiados intentos fallidos de inicio de sesión. Vuelva a intentarlo dentro de 1 minuto o pida a su administrador que la desbloquee.</translation>
    </message>
    <message>
        <source>This account is locked after too many failed sign-ins. Try again in %1 minutes, or ask your administrator to unlock it.</source>
        <translation>Esta cuenta está bloqueada tras demasiados intentos fallidos de inicio de sesión. Vuelva a intentarlo dentro de %1 minutos o pida a su administrador que la desbloquee.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask your administrator to enable it.</source>
        <translation>Esta cuenta está deshabilitada. Pida a su administrador que la habilite.</translation>
    </message>
    <message>
        <source>The consent form arrived damaged.</source>
        <translation>El formulario de consentimiento llegó dañado.</translation>
    </message>
    <message>
        <source>MCP Auth Console</source>
        <translation>MCP Auth Console</translation>
    </message>
    <message>
        <source>Authorization server at %1</source>
        <translation>Servidor de autorización en %1</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>to continue to %1</source>
        <translation>para continuar a %1</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Continue only if you started signing in from %1 yourself.</source>
        <translation>Continúe solo si usted mismo empezó a iniciar sesión desde %1.</translation>
    </message>
    <message>
        <source>Allow access?</source>
        <translation>¿Permitir el acceso?</translation>
    </message>
    <message>
        <source>%1 wants to access %2</source>
        <translation>%1 quiere acceder a %2</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Sesión iniciada como %1.</translation>
    </message>
    <message>
        <source>After you decide, you will be sent to:</source>
        <translation>Cuando decida, se le enviará a:</translation>
    </message>
    <message>
        <source>This is an application on this computer.</source>
        <translation>Esta es una aplicación de este equipo.</translation>
    </message>
    <message>
        <source>It will be able to:</source>
        <translation>Podrá:</translation>
    </message>
    <message>
        <source>Not granted, because only administrators can allow it:</source>
        <translation>No concedido, porque solo los administradores pueden permitirlo:</translation>
    </message>
    <message>
        <source>This application identified itself with a metadata document published at %1. Allow access only if you recognise that address.</source>
        <translation>Esta aplicación se identificó con un documento de metadatos publicado en %1. Permita el acceso solo si reconoce esa dirección.</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Denegar</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Permitir</translation>
    </message>
    <message>
        <source>You can withdraw this permission at any time in MCP Auth Console.</source>
        <translation>Puede retirar este permiso en cualquier momento en MCP Auth Console.</translation>
    </message>
    <message>
        <source>Sign-in error</source>
        <translation>Error de inicio de sesión</translation>
    </message>
    <message>
        <source>This sign-in cannot continue</source>
        <translation>Este inicio de sesión no puede continuar</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>Código de error: %1</translation>
    </message>
    <message>
        <source>Return to the application and start again. If this keeps happening, show this page to your administrator.</source>
        <translation>Vuelva a la aplicación y empiece de nuevo. Si esto sigue ocurriendo, muestre esta página a su administrador.</translation>
    </message>
</context>
</TS>
