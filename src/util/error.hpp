// hsdoc::Error — the one error type every stage throws.
//
// It carries what a user needs to find the problem: the kind (which decides the exit code,
// see batch::exit_code), the file, a 1-based line and column (column counted in code points,
// so a Chinese line points at the right character) and an optional hint.
#pragma once

#include <stdexcept>
#include <string>

namespace hsdoc {

enum class ErrorKind {
    input,        // a bad input file: the batch reports it and goes on
    usage,        // bad command line
    style,        // a bad style file
    environment,  // fonts missing, output not writable, a tool absent
    internal,     // a broken invariant: "please report this"
};

class Error : public std::runtime_error {
public:
    Error(ErrorKind kind, std::string message, std::string file = {}, int line = 0,
          int column = 0, std::string hint = {})
        : std::runtime_error(message), m_kind(kind), m_message(std::move(message)),
          m_file(std::move(file)), m_line(line), m_column(column), m_hint(std::move(hint)) {}

    ErrorKind kind() const { return m_kind; }
    const std::string& message() const { return m_message; }
    const std::string& file() const { return m_file; }
    int line() const { return m_line; }
    int column() const { return m_column; }
    const std::string& hint() const { return m_hint; }

    // A copy that names `file` when this error does not name one yet (stages below batch/
    // often do not know the file name).
    Error with_file(const std::string& file) const {
        Error e = *this;
        if (e.m_file.empty()) {
            e.m_file = file;
        }
        return e;
    }

    // "FILE[:LINE[:COL]]: message", the one-line form used in batch logs.
    std::string located() const {
        std::string s = m_file;
        if (m_line > 0) {
            s += ":" + std::to_string(m_line);
            if (m_column > 0) {
                s += ":" + std::to_string(m_column);
            }
        }
        return s.empty() ? m_message : s + ": " + m_message;
    }

private:
    ErrorKind m_kind;
    std::string m_message;
    std::string m_file;
    int m_line;
    int m_column;
    std::string m_hint;
};

}  // namespace hsdoc
