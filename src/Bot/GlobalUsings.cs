// The Web SDK imports Microsoft.AspNetCore.Http, whose IMiddleware would shadow Bot Builder's name for turn middleware.
global using IMiddleware = BotApp.Bot.Protocol.Turns.IMiddleware;
