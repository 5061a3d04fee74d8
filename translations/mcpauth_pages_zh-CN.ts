<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN" sourcelanguage="en">
<context>
    <name>AuthPages</name>
    <message>
        <source>This server does not answer to the name %1. Open the sign-in page at %2 instead.</source>
        <translation>此服务器不响应名称 %1。请改为打开 %2 处的登录页面。</translation>
    </message>
    <message>
        <source>The form was sent from another web site, so it was not accepted.</source>
        <translation>该表单是从其他网站提交的，因此未被接受。</translation>
    </message>
    <message>
        <source>The application sent the sign-in request in a form this server does not understand.</source>
        <translation>应用发送的登录请求格式无法被此服务器识别。</translation>
    </message>
    <message>
        <source>The application&apos;s sign-in request is too large: %1 bytes, where at most %2 are accepted.</source>
        <translation>应用的登录请求过大：%1 字节，最多只接受 %2 字节。</translation>
    </message>
    <message>
        <source>The application sent its client ID more than once.</source>
        <translation>应用多次发送了其客户端 ID。</translation>
    </message>
    <message>
        <source>The application did not say who it is (no client ID).</source>
        <translation>应用未说明其身份（没有客户端 ID）。</translation>
    </message>
    <message>
        <source>The application&apos;s client ID is longer than %1 characters.</source>
        <translation>应用的客户端 ID 超过 %1 个字符。</translation>
    </message>
    <message>
        <source>The application&apos;s client ID is not acceptable: %1</source>
        <translation>应用的客户端 ID 不可接受：%1</translation>
    </message>
    <message>
        <source>This server has fetched too many application metadata documents for your address in the last minute. Try again in %1 seconds.</source>
        <translation>在过去一分钟内，此服务器为您的地址获取了过多的应用元数据文档。请在 %1 秒后重试。</translation>
    </message>
    <message>
        <source>This server has fetched too many application metadata documents in the last minute. Try again in %1 seconds.</source>
        <translation>在过去一分钟内，此服务器获取了过多的应用元数据文档。请在 %1 秒后重试。</translation>
    </message>
    <message>
        <source>The application&apos;s metadata document could not be used: %1</source>
        <translation>无法使用应用的元数据文档：%1</translation>
    </message>
    <message>
        <source>The application that sent you here is not registered with this server (client ID %1).</source>
        <translation>将您转到此处的应用未在此服务器上注册（客户端 ID %1）。</translation>
    </message>
    <message>
        <source>The application sent its redirect URI more than once.</source>
        <translation>应用多次发送了其重定向 URI。</translation>
    </message>
    <message>
        <source>The application did not say where to send you back to (no redirect_uri).</source>
        <translation>应用未说明应将您送回何处（没有 redirect_uri）。</translation>
    </message>
    <message>
        <source>The application&apos;s redirect URI is longer than %1 characters.</source>
        <translation>应用的重定向 URI 超过 %1 个字符。</translation>
    </message>
    <message>
        <source>The application %1 asked to send you back to %2, which is not one of its registered redirect URIs (%3). For your safety you are not sent there.</source>
        <translation>应用 %1 要求将您送回 %2，但它不是该应用已注册的重定向 URI 之一（%3）。为了您的安全，不会将您转到该地址。</translation>
    </message>
    <message>
        <source>This sign-in request has expired or was already used.</source>
        <translation>此登录请求已过期或已被使用。</translation>
    </message>
    <message>
        <source>Your sign-in session has expired.</source>
        <translation>您的登录会话已过期。</translation>
    </message>
    <message>
        <source>The application is no longer registered with this server.</source>
        <translation>该应用已不再在此服务器上注册。</translation>
    </message>
    <message>
        <source>The application&apos;s metadata document cannot be fetched right now: %1</source>
        <translation>目前无法获取应用的元数据文档：%1</translation>
    </message>
    <message>
        <source>Registered dynamically</source>
        <translation>动态注册</translation>
    </message>
    <message>
        <source>Identified by a metadata document at %1</source>
        <translation>由位于 %1 的元数据文档标识</translation>
    </message>
    <message>
        <source>Registered by an administrator</source>
        <translation>由管理员注册</translation>
    </message>
    <message>
        <source>Your sign-in session has expired, or your browser did not send its cookie.</source>
        <translation>您的登录会话已过期，或者您的浏览器未发送其 Cookie。</translation>
    </message>
    <message>
        <source>The form did not come from this page (its security token is missing or wrong).</source>
        <translation>该表单并非来自此页面（其安全令牌缺失或错误）。</translation>
    </message>
    <message>
        <source>The sign-in form arrived damaged.</source>
        <translation>收到的登录表单已损坏。</translation>
    </message>
    <message>
        <source>Too many sign-in attempts for this account in the last minute. Try again in %1 seconds.</source>
        <translation>在过去一分钟内，此帐户的登录尝试次数过多。请在 %1 秒后重试。</translation>
    </message>
    <message>
        <source>Too many sign-in attempts from your address in the last minute. Try again in %1 seconds.</source>
        <translation>在过去一分钟内，来自您地址的登录尝试次数过多。请在 %1 秒后重试。</translation>
    </message>
    <message>
        <source>This server is checking too many sign-ins right now. Try again in a few seconds.</source>
        <translation>此服务器当前正在处理过多的登录请求。请几秒钟后重试。</translation>
    </message>
    <message>
        <source>Sign-in failed. Check your username and password.</source>
        <translation>登录失败。请检查您的用户名和密码。</translation>
    </message>
    <message>
        <source>This account is locked after too many failed sign-ins. Try again in 1 minute, or ask your administrator to unlock it.</source>
        <translation>由于登录失败次数过多，此帐户已被锁定。请在 1 分钟后重试，或请管理员为您解锁。</translation>
    </message>
    <message>
        <source>This account is locked after too many failed sign-ins. Try again in %1 minutes, or ask your administrator to unlock it.</source>
        <translation>由于登录失败次数过多，此帐户已被锁定。请在 %1 分钟后重试，或请管理员为您解锁。</translation>
    </message>
    <message>
        <source>This account is disabled. Ask your administrator to enable it.</source>
        <translation>此帐户已被禁用。请联系管理员启用它。</translation>
    </message>
    <message>
        <source>The consent form arrived damaged.</source>
        <translation>收到的同意表单已损坏。</translation>
    </message>
    <message>
        <source>MCP Auth Console</source>
        <translation>MCP Auth Console</translation>
    </message>
    <message>
        <source>Authorization server at %1</source>
        <translation>位于 %1 的授权服务器</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>to continue to %1</source>
        <translation>以继续访问 %1</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>用户名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Continue only if you started signing in from %1 yourself.</source>
        <translation>仅当您本人从 %1 开始登录时才继续。</translation>
    </message>
    <message>
        <source>Allow access?</source>
        <translation>允许访问？</translation>
    </message>
    <message>
        <source>%1 wants to access %2</source>
        <translation>%1 请求访问 %2</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>已以 %1 身份登录。</translation>
    </message>
    <message>
        <source>After you decide, you will be sent to:</source>
        <translation>做出决定后，您将被转到：</translation>
    </message>
    <message>
        <source>This is an application on this computer.</source>
        <translation>这是此计算机上的应用。</translation>
    </message>
    <message>
        <source>It will be able to:</source>
        <translation>它将能够：</translation>
    </message>
    <message>
        <source>Not granted, because only administrators can allow it:</source>
        <translation>未授予，因为只有管理员才能允许：</translation>
    </message>
    <message>
        <source>This application identified itself with a metadata document published at %1. Allow access only if you recognise that address.</source>
        <translation>此应用通过发布在 %1 的元数据文档标识自身。仅当您认识该地址时才允许访问。</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>允许</translation>
    </message>
    <message>
        <source>You can withdraw this permission at any time in MCP Auth Console.</source>
        <translation>您可以随时在 MCP Auth Console 中撤回此权限。</translation>
    </message>
    <message>
        <source>Sign-in error</source>
        <translation>登录错误</translation>
    </message>
    <message>
        <source>This sign-in cannot continue</source>
        <translation>此登录无法继续</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>错误代码：%1</translation>
    </message>
    <message>
        <source>Return to the application and start again. If this keeps happening, show this page to your administrator.</source>
        <translation>请返回应用并重新开始。如果此问题反复出现，请将此页面出示给管理员。</translation>
    </message>
</context>
</TS>
