# Settings every Vigil target shares, applied per target (never directory-wide).
function(vigil_target_defaults target)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_CAST_FROM_BYTEARRAY
        QT_NO_URL_CAST_FROM_STRING
        QT_USE_QSTRINGBUILDER
        QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
        QT_DISABLE_DEPRECATED_BEFORE=0x060400)
    if(MSVC)
        target_compile_options(${target} PRIVATE /W4 /utf-8)
        if(VIGIL_WARNINGS_AS_ERRORS)
            target_compile_options(${target} PRIVATE /WX)
        endif()
    else()
        target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor)
        if(VIGIL_WARNINGS_AS_ERRORS)
            target_compile_options(${target} PRIVATE -Werror)
        endif()
    endif()
    # Fuzzing without the sanitizers would only find crashes, not the memory
    # errors and undefined behaviour that come before them.
    if(VIGIL_SANITIZE OR VIGIL_FUZZ)
        target_compile_options(${target} PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer)
        # PUBLIC: a program that links an instrumented library needs the sanitizer
        # runtimes too, also one that does not use these defaults itself.
        target_link_options(${target} PUBLIC -fsanitize=address,undefined)
    endif()
    if(VIGIL_FUZZ)
        # Coverage feedback for libFuzzer from all our code; the fuzz targets link
        # the fuzzer's own main(). Undefined behaviour stops the run, so libFuzzer
        # keeps the input that caused it.
        target_compile_options(${target} PRIVATE -fsanitize=fuzzer-no-link -fno-sanitize-recover=undefined)
    endif()
endfunction()

# vigil_add_test(NAME SOURCES... LIBRARIES... LABELS... [ENVIRONMENT...] [WRAPPER SCRIPT])
# Every test gets a UTF-8 locale, the offscreen platform and the test-data folder,
# so no test depends on the machine it runs on. A WRAPPER script runs the test
# program (say, under a window manager).
function(vigil_add_test name)
    cmake_parse_arguments(ARG "" "WRAPPER" "SOURCES;LIBRARIES;LABELS;ENVIRONMENT" ${ARGN})
    add_executable(${name} ${ARG_SOURCES})
    vigil_target_defaults(${name})
    target_link_libraries(${name} PRIVATE Qt6::Test ${ARG_LIBRARIES})
    target_compile_definitions(${name} PRIVATE
        VIGIL_TEST_DATA_DIR="${PROJECT_SOURCE_DIR}/tests/data"
        VIGIL_SOURCE_DATA_DIR="${PROJECT_SOURCE_DIR}/data")
    if(ARG_WRAPPER)
        add_test(NAME ${name} COMMAND ${ARG_WRAPPER} $<TARGET_FILE:${name}>)
    else()
        add_test(NAME ${name} COMMAND ${name})
    endif()
    set_tests_properties(${name} PROPERTIES
        LABELS "${ARG_LABELS}"
        TIMEOUT 300
        ENVIRONMENT "LANG=C.UTF-8;LC_ALL=C.UTF-8;QT_QPA_PLATFORM=offscreen;${ARG_ENVIRONMENT}")
endfunction()
