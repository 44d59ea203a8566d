# SPDX-License-Identifier: GPL-3.0-or-later
# Compiler settings for pgpilot's own targets (never global flags).
function(pgpilot_target_defaults target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                           -Wold-style-cast -Wcast-align -Woverloaded-virtual)
  if(PGPILOT_WERROR)
    target_compile_options(${target} PRIVATE -Werror)
  endif()
  if(PGPILOT_SANITIZE)
    # Undefined behaviour stops the program like a memory error does, so a test cannot pass over it.
    target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-sanitize-recover=undefined
                                             -fno-omit-frame-pointer)
    target_link_options(${target} PRIVATE -fsanitize=address,undefined)
  endif()
  target_compile_definitions(${target} PRIVATE QT_NO_CAST_FROM_ASCII QT_NO_URL_CAST_FROM_STRING
                                               QT_NO_KEYWORDS QT_NO_CAST_TO_ASCII)
endfunction()
