// Copyright (C) 2026 The Flowdesk authors
// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

#include <exception>

namespace Flowdesk::Store {

/// MLflow's error codes (databricks ErrorCode), so that the server can pass them on unchanged.
enum class ErrorCode {
    InvalidParameterValue,
    ResourceDoesNotExist,
    ResourceAlreadyExists,
    InvalidState,
    BadRequest,
    MalformedRequest,
    FailedPrecondition,
    PermissionDenied,
    InternalError,
};

/// "INVALID_PARAMETER_VALUE" etc.
QString errorCodeName(ErrorCode code);

/// The HTTP status MLflow answers with for this code.
int httpStatusFor(ErrorCode code);

/// Thrown by the store for every rejected request. The message is MLflow's English text: it is
/// protocol, and views translate by code where they show it.
class StoreError : public std::exception
{
public:
    StoreError(ErrorCode code, QString message);

    ErrorCode code() const { return m_code; }
    QString codeName() const { return errorCodeName(m_code); }
    const QString &message() const { return m_message; }
    const char *what() const noexcept override { return m_utf8.constData(); }

private:
    ErrorCode m_code;
    QString m_message;
    QByteArray m_utf8;
};

} // namespace Flowdesk::Store
