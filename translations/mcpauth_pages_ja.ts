<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>AuthPages</name>
    <message>
        <source>This server does not answer to the name %1. Open the sign-in page at %2 instead.</source>
        <translation>このサーバーは名前 %1 には応答しません。代わりに %2 のサインイン ページを開いてください。</translation>
    </message>
    <message>
        <source>The form was sent from another web site, so it was not accepted.</source>
        <translation>フォームが別の Web サイトから送信されたため、受け付けられませんでした。</translation>
    </message>
    <message>
        <source>The application sent the sign-in request in a form this server does not understand.</source>
        <translation>アプリケーションから送信されたサインイン要求は、このサーバーが理解できない形式です。</translation>
    </message>
    <message>
        <source>The application&apos;s sign-in request is too large: %1 bytes, where at most %2 are accepted.</source>
        <translation>アプリケーションのサインイン要求が大きすぎます: %1 バイト (受け付けられるのは最大 %2 バイト)。</translation>
    </message>
    <message>
        <source>The application sent its client ID more than once.</source>
        <translation>アプリケーションがクライアント ID を複数回送信しました。</translation>
    </message>
    <message>
        <source>The application did not say who it is (no client ID).</source>
        <translation>アプリケーションが自身を識別していません (クライアント ID がありません)。</translation>
    </message>
    <message>
        <source>The application&apos;s client ID is longer than %1 characters.</source>
        <translation>アプリケーションのクライアント ID が %1 文字を超えています。</translation>
    </message>
    <message>
        <source>The application&apos;s client ID is not acceptable: %1</source>
        <translation>アプリケーションのクライアント ID は受け付けられません: %1</translation>
    </message>
    <message>
        <source>This server has fetched too many application metadata documents for your address in the last minute. Try again in %1 seconds.</source>
        <translation>このサーバーは直前の 1 分間に、お使いのアドレスのためにアプリケーション メタデータ ドキュメントを取得しすぎました。%1 秒後にもう一度お試しください。</translation>
    </message>
    <message>
        <source>This server has fetched too many application metadata documents in the last minute. Try again in %1 seconds.</source>
        <translation>このサーバーは直前の 1 分間にアプリケーション メタデータ ドキュメントを取得しすぎました。%1 秒後にもう一度お試しください。</translation>
    </message>
    <message>
        <source>The application&apos;s metadata document could not be used: %1</source>
        <translation>アプリケーションのメタデータ ドキュメントを使用できませんでした: %1</translation>
    </message>
    <message>
        <source>The application that sent you here is not registered with this server (client ID %1).</source>
        <translation>ここへ移動させたアプリケーションは、このサーバーに登録されていません (クライアント ID %1)。</translation>
    </message>
    <message>
        <source>The application sent its redirect URI more than once.</source>
        <translation>アプリケーションがリダイレクト URI を複数回送信しました。</translation>
    </message>
    <message>
        <source>The application did not say where to send you back to (no redirect_uri).</source>
        <translation>アプリケーションが戻り先を指定していません (redirect_uri がありません)。</translation>
    </message>
    <message>
        <source>The application&apos;s redirect URI is longer than %1 characters.</source>
        <translation>アプリケーションのリダイレクト URI が %1 文字を超えています。</translation>
    </message>
    <message>
        <source>The application %1 asked to send you back to %2, which is not one of its registered redirect URIs (%3). For your safety you are not sent there.</source>
        <translation>アプリケーション %1 は %2 に戻すよう要求しましたが、これは登録済みのリダイレクト URI (%3) のいずれでもありません。安全のため、そこへは移動しません。</translation>
    </message>
    <message>
        <source>This sign-in request has expired or was already used.</source>
        <translation>このサインイン要求は期限切れか、すでに使用されています。</translation>
    </message>
    <message>
        <source>Your sign-in session has expired.</source>
        <translation>サインイン セッションの有効期限が切れました。</translation>
    </message>
    <message>
        <source>The application is no longer registered with this server.</source>
        <translation>このアプリケーションは、このサーバーに登録されていません。</translation>
    </message>
    <message>
        <source>The application&apos;s metadata document cannot be fetched right now: %1</source>
        <translation>アプリケーションのメタデータ ドキュメントを現在取得できません: %1</translation>
    </message>
    <message>
        <source>Registered dynamically</source>
        <translation>動的に登録</translation>
    </message>
    <message>
        <source>Identified by a metadata document at %1</source>
        <translation>%1 のメタデータ ドキュメントで識別</translation>
    </message>
    <message>
        <source>Registered by an administrator</source>
        <translation>管理者が登録</translation>
    </message>
    <message>
        <source>Your sign-in session has expired, or your browser did not send its cookie.</source>
        <translation>サインイン セッションの有効期限が切れたか、ブラウザーが Cookie を送信しませんでした。</translation>
    </message>
    <message>
        <source>The form did not come from this page (its security token is missing or wrong).</source>
        <translation>このフォームはこのページから送信されたものではありません (セキュリティ トークンがないか、正しくありません)。</translation>
    </message>
    <message>
        <source>The sign-in form arrived damaged.</source>
        <translation>サインイン フォームが破損した状態で届きました。</translation>
    </message>
    <message>
        <source>Too many sign-in attempts for this account in the last minute. Try again in %1 seconds.</source>
        <translation>直前の 1 分間に、このアカウントへのサインインの試行が多すぎます。%1 秒後にもう一度お試しください。</translation>
    </message>
    <message>
        <source>Too many sign-in attempts from your address in the last minute. Try again in %1 seconds.</source>
        <translation>直前の 1 分間に、お使いのアドレスからのサインインの試行が多すぎます。%1 秒後にもう一度お試しください。</translation>
    </message>
    <message>
        <source>This server is checking too many sign-ins right now. Try again in a few seconds.</source>
        <translation>このサーバーは現在、多数のサインインを確認中です。数秒後にもう一度お試しください。</translation>
    </message>
    <message>
        <source>Sign-in failed. Check your username and password.</source>
        <translation>サインインに失敗しました。ユーザー名とパスワードを確認してください。</translation>
    </message>
    <message>
        <source>This account is locked after too many failed sign-ins. Try again in 1 minute, or ask your administrator to unlock it.</source>
        <translation>サインインの失敗が多すぎるため、このアカウントはロックされています。1 分後にもう一度試すか、管理者にロックの解除を依頼してください。</translation>
    </message>
    <message>
        <source>This account is locked after too many failed sign-ins. Try again in %1 minutes, or ask your administrator to unlock it.</source>
        <translation>サインインの失敗が多すぎるため、このアカウントはロックされています。%1 分後にもう一度試すか、管理者にロックの解除を依頼してください。</translation>
    </message>
    <message>
        <source>This account is disabled. Ask your administrator to enable it.</source>
        <translation>このアカウントは無効です。管理者に有効化を依頼してください。</translation>
    </message>
    <message>
        <source>The consent form arrived damaged.</source>
        <translation>同意フォームが破損した状態で届きました。</translation>
    </message>
    <message>
        <source>MCP Auth Console</source>
        <translation>MCP Auth Console</translation>
    </message>
    <message>
        <source>Authorization server at %1</source>
        <translation>%1 の認可サーバー</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>to continue to %1</source>
        <translation>%1 に進むには</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>ユーザー名</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Continue only if you started signing in from %1 yourself.</source>
        <translation>ご自身で %1 からサインインを開始した場合にのみ続行してください。</translation>
    </message>
    <message>
        <source>Allow access?</source>
        <translation>アクセスを許可しますか?</translation>
    </message>
    <message>
        <source>%1 wants to access %2</source>
        <translation>%1 が %2 へのアクセスを求めています</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>%1 としてサインインしています。</translation>
    </message>
    <message>
        <source>After you decide, you will be sent to:</source>
        <translation>選択後、次の場所に移動します:</translation>
    </message>
    <message>
        <source>This is an application on this computer.</source>
        <translation>これはこのコンピューター上のアプリケーションです。</translation>
    </message>
    <message>
        <source>It will be able to:</source>
        <translation>このアプリケーションができること:</translation>
    </message>
    <message>
        <source>Not granted, because only administrators can allow it:</source>
        <translation>管理者のみが許可できるため、付与されません:</translation>
    </message>
    <message>
        <source>This application identified itself with a metadata document published at %1. Allow access only if you recognise that address.</source>
        <translation>このアプリケーションは、%1 で公開されているメタデータ ドキュメントで自身を識別しました。このアドレスに心当たりがある場合にのみアクセスを許可してください。</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>許可</translation>
    </message>
    <message>
        <source>You can withdraw this permission at any time in MCP Auth Console.</source>
        <translation>この許可は MCP Auth Console でいつでも取り消せます。</translation>
    </message>
    <message>
        <source>Sign-in error</source>
        <translation>サインイン エラー</translation>
    </message>
    <message>
        <source>This sign-in cannot continue</source>
        <translation>このサインインは続行できません</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>エラー コード: %1</translation>
    </message>
    <message>
        <source>Return to the application and start again. If this keeps happening, show this page to your administrator.</source>
        <translation>アプリケーションに戻って、もう一度やり直してください。この問題が続く場合は、このページを管理者に見せてください。</translation>
    </message>
</context>
</TS>
