@echo off
rem occuprint: the command, with JVM settings chosen per command by measurement (README, "Benchmarks").
rem Finds Java 17 or newer (JAVA_HOME, else java on the PATH), runs lib\occuprint.jar, and passes JAVA_OPTS
rem and then OCCUPRINT_OPTS to the JVM after its own settings, so that yours win.
setlocal EnableDelayedExpansion
set "HERE=%~dp0"
set "JAR=%OCCUPRINT_JAR%"
if "%JAR%"=="" set "JAR=%HERE%..\lib\occuprint.jar"
if not exist "%JAR%" (
  echo occuprint: cannot find %JAR% 1>&2
  exit /b 1
)
if defined JAVA_HOME (
  set "JAVA=%JAVA_HOME%\bin\java.exe"
) else (
  set "JAVA="
  for %%j in (java.exe) do set "JAVA=%%~$PATH:j"
)
if "%JAVA%"=="" (
  echo occuprint: no Java found: install Java 17 or newer, or set JAVA_HOME 1>&2
  exit /b 1
)
if not exist "%JAVA%" (
  echo occuprint: no Java at %JAVA%: install Java 17 or newer, or set JAVA_HOME 1>&2
  exit /b 1
)
set "VERSION="
for /f "tokens=3" %%v in ('"%JAVA%" -version 2^>^&1 ^| findstr /i "version"') do (
  for /f "delims=." %%m in ("%%~v") do set "VERSION=%%m"
)
if "%VERSION%"=="" set "VERSION=0"
if %VERSION% LSS 17 (
  echo occuprint: %JAVA% is Java %VERSION%; occuprint needs Java 17 or newer ^(set JAVA_HOME^) 1>&2
  exit /b 1
)
set "COMMAND="
for %%a in (%*) do (
  if not defined COMMAND (
    set "ARG=%%~a"
    if not "!ARG:~0,1!"=="-" set "COMMAND=%%~a"
  )
)
rem the same settings as bin/occuprint (measured on 2 cores; README, "Benchmarks")
set "OPTS=-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"
if "%COMMAND%"=="guide" set "OPTS=-XX:TieredStopAtLevel=1 -Xmx256m"
if "%COMMAND%"=="serve" set "OPTS=-Xmx512m"
if "%COMMAND%"=="import" set "OPTS=-Xmx1g"
"%JAVA%" %OPTS% %JAVA_OPTS% %OCCUPRINT_OPTS% -jar "%JAR%" %*
exit /b %ERRORLEVEL%
