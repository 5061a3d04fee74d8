<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- A tiny pseudo-English translation (en-XA, the usual pseudo-locale) of a few page texts: it proves
     that the pages follow Accept-Language and fall back to English for what is not translated. -->
<TS version="2.1" language="en_XA" sourcelanguage="en">
<context>
    <name>AuthPages</name>
    <message>
        <source>Sign in</source>
        <translation>[Śîĝñ îñ]</translation>
    </message>
    <message>
        <source>to continue to %1</source>
        <translation>[ţö çöñţîñûé ţö] %1</translation>
    </message>
    <message>
        <source>Sign-in failed. Check your username and password.</source>
        <translation>[Śîĝñ-îñ ƒäîļéđ.] [Çĥéçķ ýöûŕ ûšéŕñäɱé äñđ þäššŵöŕđ.]</translation>
    </message>
    <message>
        <source>This sign-in cannot continue</source>
        <translation>[Ţĥîš šîĝñ-îñ çäññöţ çöñţîñûé]</translation>
    </message>
    <message>
        <source>The application that sent you here is not registered with this server (client ID %1).</source>
        <translation>[Ţĥé äþþļîçäţîöñ ţĥäţ šéñţ ýöû ĥéŕé îš ñöţ ŕéĝîšţéŕéđ] (%1)</translation>
    </message>
</context>
</TS>
