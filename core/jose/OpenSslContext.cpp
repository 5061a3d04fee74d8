#include "OpenSslContext.h"

namespace mcpauth {

EvpMdCtxPtr OpenSslContext::digestContext(EVP_PKEY* key, Purpose purpose)
{
    EvpMdCtxPtr ctx(EVP_MD_CTX_new());
    if (!ctx)
        return {};
    const int ok = purpose == Purpose::Sign
        ? EVP_DigestSignInit_ex(ctx.get(), nullptr, "SHA256", nullptr, nullptr, key, nullptr)
        : EVP_DigestVerifyInit_ex(ctx.get(), nullptr, "SHA256", nullptr, nullptr, key, nullptr);
    return ok == 1 ? std::move(ctx) : EvpMdCtxPtr();
}

EvpMdCtxPtr OpenSslContext::copy(const EVP_MD_CTX* initialised)
{
    EvpMdCtxPtr ctx(EVP_MD_CTX_new());
    if (!ctx || EVP_MD_CTX_copy_ex(ctx.get(), initialised) != 1)
        return {};
    // The copy serves one operation: without this flag, DigestSignFinal would duplicate it once more so
    // that it could go on.
    EVP_MD_CTX_set_flags(ctx.get(), EVP_MD_CTX_FLAG_FINALISE);
    return ctx;
}

} // namespace mcpauth
