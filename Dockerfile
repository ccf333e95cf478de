# Skills Bot as a container image: build with the .NET 10 SDK, run on the ASP.NET Core 10 runtime as a non-root user.
#
#   docker build -t skills-bot . && docker run -p 8080:8080 skills-bot
#
# The runtime image sets ASPNETCORE_HTTP_PORTS=8080, and the bot takes it as is: it listens on every address of the
# container on 8080. The seeds are published with the bot (src/ChatBot/ChatBot.csproj), so the image answers with no
# volume; mount another folder and set Seeds__Path to serve other documents. Settings come from environment variables
# (MicrosoftAppType, MicrosoftAppId, MicrosoftAppTenantId, ...: appsettings.sample.json). Probe /healthz (alive) and
# /readyz (seeds loaded). CI lints this file (tests/dockerfile); the image is not built there.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src

# Restore from the project files alone, so this layer is reused until a dependency changes.
COPY src/Directory.Build.props src/Directory.Packages.props src/
COPY src/ChatBot/ChatBot.csproj src/ChatBot/
COPY src/ChatBot.BotProtocol/ChatBot.BotProtocol.csproj src/ChatBot.BotProtocol/
COPY src/ChatBot.Knowledge/ChatBot.Knowledge.csproj src/ChatBot.Knowledge/
RUN dotnet restore src/ChatBot/ChatBot.csproj

COPY .editorconfig ./
COPY src/ src/
COPY seeds/ seeds/
RUN dotnet publish src/ChatBot/ChatBot.csproj --no-restore --configuration Release --output /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
EXPOSE 8080
# The image's own non-root user (uid 1654); the files stay owned by root, so the bot cannot change its code or seeds.
USER $APP_UID
ENTRYPOINT ["dotnet", "ChatBot.dll"]
