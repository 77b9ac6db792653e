// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#include "models/store/storeerror.h"

using namespace Qt::Literals::StringLiterals;

namespace Flowdesk::Store {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidParameterValue:
        return u"INVALID_PARAMETER_VALUE"_s;
    case ErrorCode::ResourceDoesNotExist:
        return u"RESOURCE_DOES_NOT_EXIST"_s;
    case ErrorCode::ResourceAlreadyExists:
        return u"RESOURCE_ALREADY_EXISTS"_s;
    case ErrorCode::InvalidState:
        return u"INVALID_STATE"_s;
    case ErrorCode::BadRequest:
        return u"BAD_REQUEST"_s;
    case ErrorCode::MalformedRequest:
        return u"MALFORMED_REQUEST"_s;
    case ErrorCode::FailedPrecondition:
        return u"FAILED_PRECONDITION"_s;
    case ErrorCode::PermissionDenied:
        return u"PERMISSION_DENIED"_s;
    case ErrorCode::InternalError:
        return u"INTERNAL_ERROR"_s;
    }
    return u"INTERNAL_ERROR"_s;
}

int httpStatusFor(ErrorCode code)
{
    switch (code) {
    case ErrorCode::ResourceDoesNotExist:
        return 404;
    case ErrorCode::PermissionDenied:
        return 403;
    case ErrorCode::InternalError:
        return 500;
    case ErrorCode::InvalidParameterValue:
    case ErrorCode::ResourceAlreadyExists:
    case ErrorCode::InvalidState:
    case ErrorCode::BadRequest:
    case ErrorCode::MalformedRequest:
    case ErrorCode::FailedPrecondition:
        return 400;
    }
    return 500;
}

StoreError::StoreError(ErrorCode code, QString message)
    : m_code(code)
    , m_message(std::move(message))
    , m_utf8(m_message.toUtf8())
{
}

} // namespace Flowdesk::Store
