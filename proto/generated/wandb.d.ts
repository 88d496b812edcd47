import * as $protobuf from "protobufjs";

/** Namespace wandb_internal. */
export namespace wandb_internal {

    /**
     * Properties of a _RecordInfo.
     * @deprecated Use wandb_internal._RecordInfo.$Properties instead.
     */
    interface I_RecordInfo extends wandb_internal._RecordInfo.$Properties {
    }

    /** Represents a _RecordInfo. */
    class _RecordInfo {

        /**
         * Constructs a new _RecordInfo.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal._RecordInfo.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** _RecordInfo streamId. */
        streamId: string;

        /** _RecordInfo _tracelogId. */
        _tracelogId: string;

        /**
         * Creates a new _RecordInfo instance using the specified properties.
         * @param [properties] Properties to set
         * @returns _RecordInfo instance
         */
        static create(properties: wandb_internal._RecordInfo.$Shape): wandb_internal._RecordInfo & wandb_internal._RecordInfo.$Shape;
        static create(properties?: wandb_internal._RecordInfo.$Properties): wandb_internal._RecordInfo;

        /**
         * Encodes the specified _RecordInfo message. Does not implicitly {@link wandb_internal._RecordInfo.verify|verify} messages.
         * @param message _RecordInfo message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal._RecordInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a _RecordInfo message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal._RecordInfo & wandb_internal._RecordInfo.$Shape} _RecordInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal._RecordInfo & wandb_internal._RecordInfo.$Shape;
    }

    namespace _RecordInfo {

        /** Properties of a _RecordInfo. */
        interface $Properties {

            /** _RecordInfo streamId */
            streamId?: (string|null);

            /** _RecordInfo _tracelogId */
            _tracelogId?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a _RecordInfo. */
        type $Shape = wandb_internal._RecordInfo.$Properties;
    }

    /**
     * Properties of a _RequestInfo.
     * @deprecated Use wandb_internal._RequestInfo.$Properties instead.
     */
    interface I_RequestInfo extends wandb_internal._RequestInfo.$Properties {
    }

    /** Represents a _RequestInfo. */
    class _RequestInfo {

        /**
         * Constructs a new _RequestInfo.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal._RequestInfo.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** _RequestInfo streamId. */
        streamId: string;

        /**
         * Creates a new _RequestInfo instance using the specified properties.
         * @param [properties] Properties to set
         * @returns _RequestInfo instance
         */
        static create(properties: wandb_internal._RequestInfo.$Shape): wandb_internal._RequestInfo & wandb_internal._RequestInfo.$Shape;
        static create(properties?: wandb_internal._RequestInfo.$Properties): wandb_internal._RequestInfo;

        /**
         * Encodes the specified _RequestInfo message. Does not implicitly {@link wandb_internal._RequestInfo.verify|verify} messages.
         * @param message _RequestInfo message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal._RequestInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a _RequestInfo message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal._RequestInfo & wandb_internal._RequestInfo.$Shape} _RequestInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal._RequestInfo & wandb_internal._RequestInfo.$Shape;
    }

    namespace _RequestInfo {

        /** Properties of a _RequestInfo. */
        interface $Properties {

            /** _RequestInfo streamId */
            streamId?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a _RequestInfo. */
        type $Shape = wandb_internal._RequestInfo.$Properties;
    }

    /**
     * Properties of a _ResultInfo.
     * @deprecated Use wandb_internal._ResultInfo.$Properties instead.
     */
    interface I_ResultInfo extends wandb_internal._ResultInfo.$Properties {
    }

    /** Represents a _ResultInfo. */
    class _ResultInfo {

        /**
         * Constructs a new _ResultInfo.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal._ResultInfo.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** _ResultInfo _tracelogId. */
        _tracelogId: string;

        /**
         * Creates a new _ResultInfo instance using the specified properties.
         * @param [properties] Properties to set
         * @returns _ResultInfo instance
         */
        static create(properties: wandb_internal._ResultInfo.$Shape): wandb_internal._ResultInfo & wandb_internal._ResultInfo.$Shape;
        static create(properties?: wandb_internal._ResultInfo.$Properties): wandb_internal._ResultInfo;

        /**
         * Encodes the specified _ResultInfo message. Does not implicitly {@link wandb_internal._ResultInfo.verify|verify} messages.
         * @param message _ResultInfo message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal._ResultInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a _ResultInfo message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal._ResultInfo & wandb_internal._ResultInfo.$Shape} _ResultInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal._ResultInfo & wandb_internal._ResultInfo.$Shape;
    }

    namespace _ResultInfo {

        /** Properties of a _ResultInfo. */
        interface $Properties {

            /** _ResultInfo _tracelogId */
            _tracelogId?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a _ResultInfo. */
        type $Shape = wandb_internal._ResultInfo.$Properties;
    }

    /**
     * Properties of a TelemetryRecord.
     * @deprecated Use wandb_internal.TelemetryRecord.$Properties instead.
     */
    interface ITelemetryRecord extends wandb_internal.TelemetryRecord.$Properties {
    }

    /** Represents a TelemetryRecord. */
    class TelemetryRecord {

        /**
         * Constructs a new TelemetryRecord.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.TelemetryRecord.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** TelemetryRecord importsInit. */
        importsInit?: (wandb_internal.Imports.$Properties|null);

        /** TelemetryRecord importsFinish. */
        importsFinish?: (wandb_internal.Imports.$Properties|null);

        /** TelemetryRecord feature. */
        feature?: (wandb_internal.Feature.$Properties|null);

        /** TelemetryRecord pythonVersion. */
        pythonVersion: string;

        /** TelemetryRecord cliVersion. */
        cliVersion: string;

        /** TelemetryRecord huggingfaceVersion. */
        huggingfaceVersion: string;

        /** TelemetryRecord env. */
        env?: (wandb_internal.Env.$Properties|null);

        /** TelemetryRecord label. */
        label?: (wandb_internal.Labels.$Properties|null);

        /** TelemetryRecord deprecated. */
        deprecated?: (wandb_internal.Deprecated.$Properties|null);

        /** TelemetryRecord issues. */
        issues?: (wandb_internal.Issues.$Properties|null);

        /** TelemetryRecord coreVersion. */
        coreVersion: string;

        /** TelemetryRecord platform. */
        platform: string;

        /** TelemetryRecord _info. */
        _info?: (wandb_internal._RecordInfo.$Properties|null);

        /**
         * Creates a new TelemetryRecord instance using the specified properties.
         * @param [properties] Properties to set
         * @returns TelemetryRecord instance
         */
        static create(properties: wandb_internal.TelemetryRecord.$Shape): wandb_internal.TelemetryRecord & wandb_internal.TelemetryRecord.$Shape;
        static create(properties?: wandb_internal.TelemetryRecord.$Properties): wandb_internal.TelemetryRecord;

        /**
         * Encodes the specified TelemetryRecord message. Does not implicitly {@link wandb_internal.TelemetryRecord.verify|verify} messages.
         * @param message TelemetryRecord message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.TelemetryRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a TelemetryRecord message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.TelemetryRecord & wandb_internal.TelemetryRecord.$Shape} TelemetryRecord
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.TelemetryRecord & wandb_internal.TelemetryRecord.$Shape;
    }

    namespace TelemetryRecord {

        /** Properties of a TelemetryRecord. */
        interface $Properties {

            /** TelemetryRecord importsInit */
            importsInit?: (wandb_internal.Imports.$Properties|null);

            /** TelemetryRecord importsFinish */
            importsFinish?: (wandb_internal.Imports.$Properties|null);

            /** TelemetryRecord feature */
            feature?: (wandb_internal.Feature.$Properties|null);

            /** TelemetryRecord pythonVersion */
            pythonVersion?: (string|null);

            /** TelemetryRecord cliVersion */
            cliVersion?: (string|null);

            /** TelemetryRecord huggingfaceVersion */
            huggingfaceVersion?: (string|null);

            /** TelemetryRecord env */
            env?: (wandb_internal.Env.$Properties|null);

            /** TelemetryRecord label */
            label?: (wandb_internal.Labels.$Properties|null);

            /** TelemetryRecord deprecated */
            deprecated?: (wandb_internal.Deprecated.$Properties|null);

            /** TelemetryRecord issues */
            issues?: (wandb_internal.Issues.$Properties|null);

            /** TelemetryRecord coreVersion */
            coreVersion?: (string|null);

            /** TelemetryRecord platform */
            platform?: (string|null);

            /** TelemetryRecord _info */
            _info?: (wandb_internal._RecordInfo.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a TelemetryRecord. */
        type $Shape = wandb_internal.TelemetryRecord.$Properties;
    }

    /**
     * Properties of a TelemetryResult.
     * @deprecated Use wandb_internal.TelemetryResult.$Properties instead.
     */
    interface ITelemetryResult extends wandb_internal.TelemetryResult.$Properties {
    }

    /** Represents a TelemetryResult. */
    class TelemetryResult {

        /**
         * Constructs a new TelemetryResult.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.TelemetryResult.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /**
         * Creates a new TelemetryResult instance using the specified properties.
         * @param [properties] Properties to set
         * @returns TelemetryResult instance
         */
        static create(properties: wandb_internal.TelemetryResult.$Shape): wandb_internal.TelemetryResult & wandb_internal.TelemetryResult.$Shape;
        static create(properties?: wandb_internal.TelemetryResult.$Properties): wandb_internal.TelemetryResult;

        /**
         * Encodes the specified TelemetryResult message. Does not implicitly {@link wandb_internal.TelemetryResult.verify|verify} messages.
         * @param message TelemetryResult message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.TelemetryResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a TelemetryResult message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.TelemetryResult & wandb_internal.TelemetryResult.$Shape} TelemetryResult
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.TelemetryResult & wandb_internal.TelemetryResult.$Shape;
    }

    namespace TelemetryResult {

        /** Properties of a TelemetryResult. */
        interface $Properties {

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a TelemetryResult. */
        type $Shape = wandb_internal.TelemetryResult.$Properties;
    }

    /**
     * Properties of an Imports.
     * @deprecated Use wandb_internal.Imports.$Properties instead.
     */
    interface IImports extends wandb_internal.Imports.$Properties {
    }

    /** Represents an Imports. */
    class Imports {

        /**
         * Constructs a new Imports.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.Imports.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Imports torch. */
        torch: boolean;

        /** Imports keras. */
        keras: boolean;

        /** Imports tensorflow. */
        tensorflow: boolean;

        /** Imports fastai. */
        fastai: boolean;

        /** Imports sklearn. */
        sklearn: boolean;

        /** Imports xgboost. */
        xgboost: boolean;

        /** Imports catboost. */
        catboost: boolean;

        /** Imports lightgbm. */
        lightgbm: boolean;

        /** Imports pytorchLightning. */
        pytorchLightning: boolean;

        /** Imports ignite. */
        ignite: boolean;

        /** Imports transformers. */
        transformers: boolean;

        /** Imports jax. */
        jax: boolean;

        /** Imports metaflow. */
        metaflow: boolean;

        /** Imports allennlp. */
        allennlp: boolean;

        /** Imports autogluon. */
        autogluon: boolean;

        /** Imports autokeras. */
        autokeras: boolean;

        /** Imports catalyst. */
        catalyst: boolean;

        /** Imports deepchem. */
        deepchem: boolean;

        /** Imports deepctr. */
        deepctr: boolean;

        /** Imports pycaret. */
        pycaret: boolean;

        /** Imports pytorchvideo. */
        pytorchvideo: boolean;

        /** Imports ray. */
        ray: boolean;

        /** Imports simpletransformers. */
        simpletransformers: boolean;

        /** Imports skorch. */
        skorch: boolean;

        /** Imports spacy. */
        spacy: boolean;

        /** Imports flash. */
        flash: boolean;

        /** Imports optuna. */
        optuna: boolean;

        /** Imports recbole. */
        recbole: boolean;

        /** Imports mmcv. */
        mmcv: boolean;

        /** Imports mmdet. */
        mmdet: boolean;

        /** Imports torchdrug. */
        torchdrug: boolean;

        /** Imports torchtext. */
        torchtext: boolean;

        /** Imports torchvision. */
        torchvision: boolean;

        /** Imports elegy. */
        elegy: boolean;

        /** Imports detectron2. */
        detectron2: boolean;

        /** Imports flair. */
        flair: boolean;

        /** Imports flax. */
        flax: boolean;

        /** Imports syft. */
        syft: boolean;

        /** Imports TTS. */
        TTS: boolean;

        /** Imports monai. */
        monai: boolean;

        /** Imports huggingfaceHub. */
        huggingfaceHub: boolean;

        /** Imports hydra. */
        hydra: boolean;

        /** Imports datasets. */
        datasets: boolean;

        /** Imports sacred. */
        sacred: boolean;

        /** Imports joblib. */
        joblib: boolean;

        /** Imports dask. */
        dask: boolean;

        /** Imports asyncio. */
        asyncio: boolean;

        /** Imports paddleocr. */
        paddleocr: boolean;

        /** Imports ppdet. */
        ppdet: boolean;

        /** Imports paddleseg. */
        paddleseg: boolean;

        /** Imports paddlenlp. */
        paddlenlp: boolean;

        /** Imports mmseg. */
        mmseg: boolean;

        /** Imports mmocr. */
        mmocr: boolean;

        /** Imports mmcls. */
        mmcls: boolean;

        /** Imports timm. */
        timm: boolean;

        /** Imports fairseq. */
        fairseq: boolean;

        /** Imports deepchecks. */
        deepchecks: boolean;

        /** Imports composer. */
        composer: boolean;

        /** Imports sparseml. */
        sparseml: boolean;

        /** Imports anomalib. */
        anomalib: boolean;

        /** Imports zenml. */
        zenml: boolean;

        /** Imports colossalai. */
        colossalai: boolean;

        /** Imports accelerate. */
        accelerate: boolean;

        /** Imports merlin. */
        merlin: boolean;

        /** Imports nanodet. */
        nanodet: boolean;

        /** Imports segmentationModelsPytorch. */
        segmentationModelsPytorch: boolean;

        /** Imports sentenceTransformers. */
        sentenceTransformers: boolean;

        /** Imports dgl. */
        dgl: boolean;

        /** Imports torchGeometric. */
        torchGeometric: boolean;

        /** Imports jina. */
        jina: boolean;

        /** Imports kornia. */
        kornia: boolean;

        /** Imports albumentations. */
        albumentations: boolean;

        /** Imports kerasCv. */
        kerasCv: boolean;

        /** Imports mmengine. */
        mmengine: boolean;

        /** Imports diffusers. */
        diffusers: boolean;

        /** Imports trl. */
        trl: boolean;

        /** Imports trlx. */
        trlx: boolean;

        /** Imports langchain. */
        langchain: boolean;

        /** Imports llamaIndex. */
        llamaIndex: boolean;

        /** Imports stabilitySdk. */
        stabilitySdk: boolean;

        /** Imports prefect. */
        prefect: boolean;

        /** Imports prefectRay. */
        prefectRay: boolean;

        /** Imports pinecone. */
        pinecone: boolean;

        /** Imports chromadb. */
        chromadb: boolean;

        /** Imports weaviate. */
        weaviate: boolean;

        /** Imports promptlayer. */
        promptlayer: boolean;

        /** Imports openai. */
        openai: boolean;

        /** Imports cohere. */
        cohere: boolean;

        /** Imports anthropic. */
        anthropic: boolean;

        /** Imports peft. */
        peft: boolean;

        /** Imports optimum. */
        optimum: boolean;

        /** Imports evaluate. */
        evaluate: boolean;

        /** Imports langflow. */
        langflow: boolean;

        /** Imports kerasCore. */
        kerasCore: boolean;

        /** Imports lightningFabric. */
        lightningFabric: boolean;

        /** Imports curatedTransformers. */
        curatedTransformers: boolean;

        /** Imports orjson. */
        orjson: boolean;

        /** Imports lightning. */
        lightning: boolean;

        /** Imports dspy. */
        dspy: boolean;

        /**
         * Creates a new Imports instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Imports instance
         */
        static create(properties: wandb_internal.Imports.$Shape): wandb_internal.Imports & wandb_internal.Imports.$Shape;
        static create(properties?: wandb_internal.Imports.$Properties): wandb_internal.Imports;

        /**
         * Encodes the specified Imports message. Does not implicitly {@link wandb_internal.Imports.verify|verify} messages.
         * @param message Imports message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.Imports.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an Imports message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.Imports & wandb_internal.Imports.$Shape} Imports
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.Imports & wandb_internal.Imports.$Shape;
    }

    namespace Imports {

        /** Properties of an Imports. */
        interface $Properties {

            /** Imports torch */
            torch?: (boolean|null);

            /** Imports keras */
            keras?: (boolean|null);

            /** Imports tensorflow */
            tensorflow?: (boolean|null);

            /** Imports fastai */
            fastai?: (boolean|null);

            /** Imports sklearn */
            sklearn?: (boolean|null);

            /** Imports xgboost */
            xgboost?: (boolean|null);

            /** Imports catboost */
            catboost?: (boolean|null);

            /** Imports lightgbm */
            lightgbm?: (boolean|null);

            /** Imports pytorchLightning */
            pytorchLightning?: (boolean|null);

            /** Imports ignite */
            ignite?: (boolean|null);

            /** Imports transformers */
            transformers?: (boolean|null);

            /** Imports jax */
            jax?: (boolean|null);

            /** Imports metaflow */
            metaflow?: (boolean|null);

            /** Imports allennlp */
            allennlp?: (boolean|null);

            /** Imports autogluon */
            autogluon?: (boolean|null);

            /** Imports autokeras */
            autokeras?: (boolean|null);

            /** Imports catalyst */
            catalyst?: (boolean|null);

            /** Imports deepchem */
            deepchem?: (boolean|null);

            /** Imports deepctr */
            deepctr?: (boolean|null);

            /** Imports pycaret */
            pycaret?: (boolean|null);

            /** Imports pytorchvideo */
            pytorchvideo?: (boolean|null);

            /** Imports ray */
            ray?: (boolean|null);

            /** Imports simpletransformers */
            simpletransformers?: (boolean|null);

            /** Imports skorch */
            skorch?: (boolean|null);

            /** Imports spacy */
            spacy?: (boolean|null);

            /** Imports flash */
            flash?: (boolean|null);

            /** Imports optuna */
            optuna?: (boolean|null);

            /** Imports recbole */
            recbole?: (boolean|null);

            /** Imports mmcv */
            mmcv?: (boolean|null);

            /** Imports mmdet */
            mmdet?: (boolean|null);

            /** Imports torchdrug */
            torchdrug?: (boolean|null);

            /** Imports torchtext */
            torchtext?: (boolean|null);

            /** Imports torchvision */
            torchvision?: (boolean|null);

            /** Imports elegy */
            elegy?: (boolean|null);

            /** Imports detectron2 */
            detectron2?: (boolean|null);

            /** Imports flair */
            flair?: (boolean|null);

            /** Imports flax */
            flax?: (boolean|null);

            /** Imports syft */
            syft?: (boolean|null);

            /** Imports TTS */
            TTS?: (boolean|null);

            /** Imports monai */
            monai?: (boolean|null);

            /** Imports huggingfaceHub */
            huggingfaceHub?: (boolean|null);

            /** Imports hydra */
            hydra?: (boolean|null);

            /** Imports datasets */
            datasets?: (boolean|null);

            /** Imports sacred */
            sacred?: (boolean|null);

            /** Imports joblib */
            joblib?: (boolean|null);

            /** Imports dask */
            dask?: (boolean|null);

            /** Imports asyncio */
            asyncio?: (boolean|null);

            /** Imports paddleocr */
            paddleocr?: (boolean|null);

            /** Imports ppdet */
            ppdet?: (boolean|null);

            /** Imports paddleseg */
            paddleseg?: (boolean|null);

            /** Imports paddlenlp */
            paddlenlp?: (boolean|null);

            /** Imports mmseg */
            mmseg?: (boolean|null);

            /** Imports mmocr */
            mmocr?: (boolean|null);

            /** Imports mmcls */
            mmcls?: (boolean|null);

            /** Imports timm */
            timm?: (boolean|null);

            /** Imports fairseq */
            fairseq?: (boolean|null);

            /** Imports deepchecks */
            deepchecks?: (boolean|null);

            /** Imports composer */
            composer?: (boolean|null);

            /** Imports sparseml */
            sparseml?: (boolean|null);

            /** Imports anomalib */
            anomalib?: (boolean|null);

            /** Imports zenml */
            zenml?: (boolean|null);

            /** Imports colossalai */
            colossalai?: (boolean|null);

            /** Imports accelerate */
            accelerate?: (boolean|null);

            /** Imports merlin */
            merlin?: (boolean|null);

            /** Imports nanodet */
            nanodet?: (boolean|null);

            /** Imports segmentationModelsPytorch */
            segmentationModelsPytorch?: (boolean|null);

            /** Imports sentenceTransformers */
            sentenceTransformers?: (boolean|null);

            /** Imports dgl */
            dgl?: (boolean|null);

            /** Imports torchGeometric */
            torchGeometric?: (boolean|null);

            /** Imports jina */
            jina?: (boolean|null);

            /** Imports kornia */
            kornia?: (boolean|null);

            /** Imports albumentations */
            albumentations?: (boolean|null);

            /** Imports kerasCv */
            kerasCv?: (boolean|null);

            /** Imports mmengine */
            mmengine?: (boolean|null);

            /** Imports diffusers */
            diffusers?: (boolean|null);

            /** Imports trl */
            trl?: (boolean|null);

            /** Imports trlx */
            trlx?: (boolean|null);

            /** Imports langchain */
            langchain?: (boolean|null);

            /** Imports llamaIndex */
            llamaIndex?: (boolean|null);

            /** Imports stabilitySdk */
            stabilitySdk?: (boolean|null);

            /** Imports prefect */
            prefect?: (boolean|null);

            /** Imports prefectRay */
            prefectRay?: (boolean|null);

            /** Imports pinecone */
            pinecone?: (boolean|null);

            /** Imports chromadb */
            chromadb?: (boolean|null);

            /** Imports weaviate */
            weaviate?: (boolean|null);

            /** Imports promptlayer */
            promptlayer?: (boolean|null);

            /** Imports openai */
            openai?: (boolean|null);

            /** Imports cohere */
            cohere?: (boolean|null);

            /** Imports anthropic */
            anthropic?: (boolean|null);

            /** Imports peft */
            peft?: (boolean|null);

            /** Imports optimum */
            optimum?: (boolean|null);

            /** Imports evaluate */
            evaluate?: (boolean|null);

            /** Imports langflow */
            langflow?: (boolean|null);

            /** Imports kerasCore */
            kerasCore?: (boolean|null);

            /** Imports lightningFabric */
            lightningFabric?: (boolean|null);

            /** Imports curatedTransformers */
            curatedTransformers?: (boolean|null);

            /** Imports orjson */
            orjson?: (boolean|null);

            /** Imports lightning */
            lightning?: (boolean|null);

            /** Imports dspy */
            dspy?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an Imports. */
        type $Shape = wandb_internal.Imports.$Properties;
    }

    /**
     * Properties of a Feature.
     * @deprecated Use wandb_internal.Feature.$Properties instead.
     */
    interface IFeature extends wandb_internal.Feature.$Properties {
    }

    /** Represents a Feature. */
    class Feature {

        /**
         * Constructs a new Feature.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.Feature.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Feature watch. */
        watch: boolean;

        /** Feature finish. */
        finish: boolean;

        /** Feature save. */
        save: boolean;

        /** Feature offline. */
        offline: boolean;

        /** Feature resumed. */
        resumed: boolean;

        /** Feature grpc. */
        grpc: boolean;

        /** Feature metric. */
        metric: boolean;

        /** Feature keras. */
        keras: boolean;

        /** Feature sagemaker. */
        sagemaker: boolean;

        /** Feature artifactIncremental. */
        artifactIncremental: boolean;

        /** Feature metaflow. */
        metaflow: boolean;

        /** Feature prodigy. */
        prodigy: boolean;

        /** Feature setInitName. */
        setInitName: boolean;

        /** Feature setInitId. */
        setInitId: boolean;

        /** Feature setInitTags. */
        setInitTags: boolean;

        /** Feature setInitConfig. */
        setInitConfig: boolean;

        /** Feature setRunName. */
        setRunName: boolean;

        /** Feature setRunTags. */
        setRunTags: boolean;

        /** Feature setConfigItem. */
        setConfigItem: boolean;

        /** Feature launch. */
        launch: boolean;

        /** Feature torchProfilerTrace. */
        torchProfilerTrace: boolean;

        /** Feature sb3. */
        sb3: boolean;

        /** Feature service. */
        service: boolean;

        /** Feature initReturnRun. */
        initReturnRun: boolean;

        /** Feature lightgbmWandbCallback. */
        lightgbmWandbCallback: boolean;

        /** Feature lightgbmLogSummary. */
        lightgbmLogSummary: boolean;

        /** Feature catboostWandbCallback. */
        catboostWandbCallback: boolean;

        /** Feature catboostLogSummary. */
        catboostLogSummary: boolean;

        /** Feature tensorboardLog. */
        tensorboardLog: boolean;

        /** Feature estimatorHook. */
        estimatorHook: boolean;

        /** Feature xgboostWandbCallback. */
        xgboostWandbCallback: boolean;

        /** Feature xgboostOldWandbCallback. */
        xgboostOldWandbCallback: boolean;

        /** Feature attach. */
        attach: boolean;

        /** Feature tensorboardPatch. */
        tensorboardPatch: boolean;

        /** Feature tensorboardSync. */
        tensorboardSync: boolean;

        /** Feature kfpWandbLog. */
        kfpWandbLog: boolean;

        /** Feature maybeRunOverwrite. */
        maybeRunOverwrite: boolean;

        /** Feature kerasMetricsLogger. */
        kerasMetricsLogger: boolean;

        /** Feature kerasModelCheckpoint. */
        kerasModelCheckpoint: boolean;

        /** Feature kerasWandbEvalCallback. */
        kerasWandbEvalCallback: boolean;

        /** Feature flowControlOverflow. */
        flowControlOverflow: boolean;

        /** Feature sync. */
        sync: boolean;

        /** Feature flowControlDisabled. */
        flowControlDisabled: boolean;

        /** Feature flowControlCustom. */
        flowControlCustom: boolean;

        /** Feature serviceDisabled. */
        serviceDisabled: boolean;

        /** Feature openMetrics. */
        openMetrics: boolean;

        /** Feature ultralyticsYolov8. */
        ultralyticsYolov8: boolean;

        /** Feature importerMlflow. */
        importerMlflow: boolean;

        /** Feature syncTfevents. */
        syncTfevents: boolean;

        /** Feature asyncUploads. */
        asyncUploads: boolean;

        /** Feature openaiAutolog. */
        openaiAutolog: boolean;

        /** Feature langchainTracer. */
        langchainTracer: boolean;

        /** Feature cohereAutolog. */
        cohereAutolog: boolean;

        /** Feature hfPipelineAutolog. */
        hfPipelineAutolog: boolean;

        /** Feature core. */
        core: boolean;

        /** Feature libC. */
        libC: boolean;

        /** Feature libCpp. */
        libCpp: boolean;

        /** Feature openaiFinetuning. */
        openaiFinetuning: boolean;

        /** Feature diffusersAutolog. */
        diffusersAutolog: boolean;

        /** Feature lightningFabricLogger. */
        lightningFabricLogger: boolean;

        /** Feature setStepLog. */
        setStepLog: boolean;

        /** Feature setSummary. */
        setSummary: boolean;

        /** Feature metricSummary. */
        metricSummary: boolean;

        /** Feature metricGoal. */
        metricGoal: boolean;

        /** Feature metricHidden. */
        metricHidden: boolean;

        /** Feature metricStepSync. */
        metricStepSync: boolean;

        /** Feature sharedMode. */
        sharedMode: boolean;

        /** Feature serverSideDerivedSummary. */
        serverSideDerivedSummary: boolean;

        /** Feature userProvidedLabel. */
        userProvidedLabel: boolean;

        /** Feature dcgmProfilingEnabled. */
        dcgmProfilingEnabled: boolean;

        /** Feature forkMode. */
        forkMode: boolean;

        /** Feature rewindMode. */
        rewindMode: boolean;

        /** Feature dspyCallback. */
        dspyCallback: boolean;

        /** Feature finishTimeout. */
        finishTimeout: boolean;

        /** Feature finishTimeoutRaises. */
        finishTimeoutRaises: boolean;

        /** Feature sync2. */
        sync2: boolean;

        /** Feature evalTable. */
        evalTable: boolean;

        /** Feature table. */
        table: boolean;

        /** Feature incrementalTable. */
        incrementalTable: boolean;

        /**
         * Creates a new Feature instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Feature instance
         */
        static create(properties: wandb_internal.Feature.$Shape): wandb_internal.Feature & wandb_internal.Feature.$Shape;
        static create(properties?: wandb_internal.Feature.$Properties): wandb_internal.Feature;

        /**
         * Encodes the specified Feature message. Does not implicitly {@link wandb_internal.Feature.verify|verify} messages.
         * @param message Feature message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.Feature.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Feature message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.Feature & wandb_internal.Feature.$Shape} Feature
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.Feature & wandb_internal.Feature.$Shape;
    }

    namespace Feature {

        /** Properties of a Feature. */
        interface $Properties {

            /** Feature watch */
            watch?: (boolean|null);

            /** Feature finish */
            finish?: (boolean|null);

            /** Feature save */
            save?: (boolean|null);

            /** Feature offline */
            offline?: (boolean|null);

            /** Feature resumed */
            resumed?: (boolean|null);

            /** Feature grpc */
            grpc?: (boolean|null);

            /** Feature metric */
            metric?: (boolean|null);

            /** Feature keras */
            keras?: (boolean|null);

            /** Feature sagemaker */
            sagemaker?: (boolean|null);

            /** Feature artifactIncremental */
            artifactIncremental?: (boolean|null);

            /** Feature metaflow */
            metaflow?: (boolean|null);

            /** Feature prodigy */
            prodigy?: (boolean|null);

            /** Feature setInitName */
            setInitName?: (boolean|null);

            /** Feature setInitId */
            setInitId?: (boolean|null);

            /** Feature setInitTags */
            setInitTags?: (boolean|null);

            /** Feature setInitConfig */
            setInitConfig?: (boolean|null);

            /** Feature setRunName */
            setRunName?: (boolean|null);

            /** Feature setRunTags */
            setRunTags?: (boolean|null);

            /** Feature setConfigItem */
            setConfigItem?: (boolean|null);

            /** Feature launch */
            launch?: (boolean|null);

            /** Feature torchProfilerTrace */
            torchProfilerTrace?: (boolean|null);

            /** Feature sb3 */
            sb3?: (boolean|null);

            /** Feature service */
            service?: (boolean|null);

            /** Feature initReturnRun */
            initReturnRun?: (boolean|null);

            /** Feature lightgbmWandbCallback */
            lightgbmWandbCallback?: (boolean|null);

            /** Feature lightgbmLogSummary */
            lightgbmLogSummary?: (boolean|null);

            /** Feature catboostWandbCallback */
            catboostWandbCallback?: (boolean|null);

            /** Feature catboostLogSummary */
            catboostLogSummary?: (boolean|null);

            /** Feature tensorboardLog */
            tensorboardLog?: (boolean|null);

            /** Feature estimatorHook */
            estimatorHook?: (boolean|null);

            /** Feature xgboostWandbCallback */
            xgboostWandbCallback?: (boolean|null);

            /** Feature xgboostOldWandbCallback */
            xgboostOldWandbCallback?: (boolean|null);

            /** Feature attach */
            attach?: (boolean|null);

            /** Feature tensorboardPatch */
            tensorboardPatch?: (boolean|null);

            /** Feature tensorboardSync */
            tensorboardSync?: (boolean|null);

            /** Feature kfpWandbLog */
            kfpWandbLog?: (boolean|null);

            /** Feature maybeRunOverwrite */
            maybeRunOverwrite?: (boolean|null);

            /** Feature kerasMetricsLogger */
            kerasMetricsLogger?: (boolean|null);

            /** Feature kerasModelCheckpoint */
            kerasModelCheckpoint?: (boolean|null);

            /** Feature kerasWandbEvalCallback */
            kerasWandbEvalCallback?: (boolean|null);

            /** Feature flowControlOverflow */
            flowControlOverflow?: (boolean|null);

            /** Feature sync */
            sync?: (boolean|null);

            /** Feature flowControlDisabled */
            flowControlDisabled?: (boolean|null);

            /** Feature flowControlCustom */
            flowControlCustom?: (boolean|null);

            /** Feature serviceDisabled */
            serviceDisabled?: (boolean|null);

            /** Feature openMetrics */
            openMetrics?: (boolean|null);

            /** Feature ultralyticsYolov8 */
            ultralyticsYolov8?: (boolean|null);

            /** Feature importerMlflow */
            importerMlflow?: (boolean|null);

            /** Feature syncTfevents */
            syncTfevents?: (boolean|null);

            /** Feature asyncUploads */
            asyncUploads?: (boolean|null);

            /** Feature openaiAutolog */
            openaiAutolog?: (boolean|null);

            /** Feature langchainTracer */
            langchainTracer?: (boolean|null);

            /** Feature cohereAutolog */
            cohereAutolog?: (boolean|null);

            /** Feature hfPipelineAutolog */
            hfPipelineAutolog?: (boolean|null);

            /** Feature core */
            core?: (boolean|null);

            /** Feature libC */
            libC?: (boolean|null);

            /** Feature libCpp */
            libCpp?: (boolean|null);

            /** Feature openaiFinetuning */
            openaiFinetuning?: (boolean|null);

            /** Feature diffusersAutolog */
            diffusersAutolog?: (boolean|null);

            /** Feature lightningFabricLogger */
            lightningFabricLogger?: (boolean|null);

            /** Feature setStepLog */
            setStepLog?: (boolean|null);

            /** Feature setSummary */
            setSummary?: (boolean|null);

            /** Feature metricSummary */
            metricSummary?: (boolean|null);

            /** Feature metricGoal */
            metricGoal?: (boolean|null);

            /** Feature metricHidden */
            metricHidden?: (boolean|null);

            /** Feature metricStepSync */
            metricStepSync?: (boolean|null);

            /** Feature sharedMode */
            sharedMode?: (boolean|null);

            /** Feature serverSideDerivedSummary */
            serverSideDerivedSummary?: (boolean|null);

            /** Feature userProvidedLabel */
            userProvidedLabel?: (boolean|null);

            /** Feature dcgmProfilingEnabled */
            dcgmProfilingEnabled?: (boolean|null);

            /** Feature forkMode */
            forkMode?: (boolean|null);

            /** Feature rewindMode */
            rewindMode?: (boolean|null);

            /** Feature dspyCallback */
            dspyCallback?: (boolean|null);

            /** Feature finishTimeout */
            finishTimeout?: (boolean|null);

            /** Feature finishTimeoutRaises */
            finishTimeoutRaises?: (boolean|null);

            /** Feature sync2 */
            sync2?: (boolean|null);

            /** Feature evalTable */
            evalTable?: (boolean|null);

            /** Feature table */
            table?: (boolean|null);

            /** Feature incrementalTable */
            incrementalTable?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Feature. */
        type $Shape = wandb_internal.Feature.$Properties;
    }

    /**
     * Properties of an Env.
     * @deprecated Use wandb_internal.Env.$Properties instead.
     */
    interface IEnv extends wandb_internal.Env.$Properties {
    }

    /** Represents an Env. */
    class Env {

        /**
         * Constructs a new Env.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.Env.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Env jupyter. */
        jupyter: boolean;

        /** Env kaggle. */
        kaggle: boolean;

        /** Env windows. */
        windows: boolean;

        /** Env m1Gpu. */
        m1Gpu: boolean;

        /** Env startSpawn. */
        startSpawn: boolean;

        /** Env startFork. */
        startFork: boolean;

        /** Env startForkserver. */
        startForkserver: boolean;

        /** Env startThread. */
        startThread: boolean;

        /** Env maybeMp. */
        maybeMp: boolean;

        /** Env trainium. */
        trainium: boolean;

        /** Env pex. */
        pex: boolean;

        /** Env colab. */
        colab: boolean;

        /** Env ipython. */
        ipython: boolean;

        /** Env awsLambda. */
        awsLambda: boolean;

        /** Env amdGpu. */
        amdGpu: boolean;

        /**
         * Creates a new Env instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Env instance
         */
        static create(properties: wandb_internal.Env.$Shape): wandb_internal.Env & wandb_internal.Env.$Shape;
        static create(properties?: wandb_internal.Env.$Properties): wandb_internal.Env;

        /**
         * Encodes the specified Env message. Does not implicitly {@link wandb_internal.Env.verify|verify} messages.
         * @param message Env message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.Env.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an Env message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.Env & wandb_internal.Env.$Shape} Env
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.Env & wandb_internal.Env.$Shape;
    }

    namespace Env {

        /** Properties of an Env. */
        interface $Properties {

            /** Env jupyter */
            jupyter?: (boolean|null);

            /** Env kaggle */
            kaggle?: (boolean|null);

            /** Env windows */
            windows?: (boolean|null);

            /** Env m1Gpu */
            m1Gpu?: (boolean|null);

            /** Env startSpawn */
            startSpawn?: (boolean|null);

            /** Env startFork */
            startFork?: (boolean|null);

            /** Env startForkserver */
            startForkserver?: (boolean|null);

            /** Env startThread */
            startThread?: (boolean|null);

            /** Env maybeMp */
            maybeMp?: (boolean|null);

            /** Env trainium */
            trainium?: (boolean|null);

            /** Env pex */
            pex?: (boolean|null);

            /** Env colab */
            colab?: (boolean|null);

            /** Env ipython */
            ipython?: (boolean|null);

            /** Env awsLambda */
            awsLambda?: (boolean|null);

            /** Env amdGpu */
            amdGpu?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an Env. */
        type $Shape = wandb_internal.Env.$Properties;
    }

    /**
     * Properties of a Labels.
     * @deprecated Use wandb_internal.Labels.$Properties instead.
     */
    interface ILabels extends wandb_internal.Labels.$Properties {
    }

    /** Represents a Labels. */
    class Labels {

        /**
         * Constructs a new Labels.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.Labels.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Labels codeString. */
        codeString: string;

        /** Labels repoString. */
        repoString: string;

        /** Labels codeVersion. */
        codeVersion: string;

        /**
         * Creates a new Labels instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Labels instance
         */
        static create(properties: wandb_internal.Labels.$Shape): wandb_internal.Labels & wandb_internal.Labels.$Shape;
        static create(properties?: wandb_internal.Labels.$Properties): wandb_internal.Labels;

        /**
         * Encodes the specified Labels message. Does not implicitly {@link wandb_internal.Labels.verify|verify} messages.
         * @param message Labels message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.Labels.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Labels message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.Labels & wandb_internal.Labels.$Shape} Labels
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.Labels & wandb_internal.Labels.$Shape;
    }

    namespace Labels {

        /** Properties of a Labels. */
        interface $Properties {

            /** Labels codeString */
            codeString?: (string|null);

            /** Labels repoString */
            repoString?: (string|null);

            /** Labels codeVersion */
            codeVersion?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Labels. */
        type $Shape = wandb_internal.Labels.$Properties;
    }

    /**
     * Properties of a Deprecated.
     * @deprecated Use wandb_internal.Deprecated.$Properties instead.
     */
    interface IDeprecated extends wandb_internal.Deprecated.$Properties {
    }

    /** Represents a Deprecated. */
    class Deprecated {

        /**
         * Constructs a new Deprecated.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.Deprecated.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Deprecated kerasCallback_DataType. */
        kerasCallback_DataType: boolean;

        /** Deprecated run_Mode. */
        run_Mode: boolean;

        /** Deprecated run_SaveNoArgs. */
        run_SaveNoArgs: boolean;

        /** Deprecated run_Join. */
        run_Join: boolean;

        /** Deprecated plots. */
        plots: boolean;

        /** Deprecated run_LogSync. */
        run_LogSync: boolean;

        /** Deprecated init_ConfigIncludeKeys. */
        init_ConfigIncludeKeys: boolean;

        /** Deprecated init_ConfigExcludeKeys. */
        init_ConfigExcludeKeys: boolean;

        /** Deprecated kerasCallback_SaveModel. */
        kerasCallback_SaveModel: boolean;

        /** Deprecated langchainTracer. */
        langchainTracer: boolean;

        /** Deprecated artifact_GetPath. */
        artifact_GetPath: boolean;

        /** Deprecated artifactmanifestentry_Name. */
        artifactmanifestentry_Name: boolean;

        /** Deprecated api_ArtifactVersions. */
        api_ArtifactVersions: boolean;

        /** Deprecated artifactCollection_ChangeType. */
        artifactCollection_ChangeType: boolean;

        /** Deprecated run_DefineMetricCopy. */
        run_DefineMetricCopy: boolean;

        /** Deprecated runDisabled. */
        runDisabled: boolean;

        /** Deprecated run_DefineMetricBestGoal. */
        run_DefineMetricBestGoal: boolean;

        /** Deprecated run_FinishQuiet. */
        run_FinishQuiet: boolean;

        /** Deprecated run_ReinitBool. */
        run_ReinitBool: boolean;

        /** Deprecated run_GetUrl. */
        run_GetUrl: boolean;

        /** Deprecated run_ProjectName. */
        run_ProjectName: boolean;

        /** Deprecated run_GetProjectUrl. */
        run_GetProjectUrl: boolean;

        /** Deprecated run_GetSweepUrl. */
        run_GetSweepUrl: boolean;

        /** Deprecated run_UseArtifactUseAs. */
        run_UseArtifactUseAs: boolean;

        /** Deprecated artifact_UseAs. */
        artifact_UseAs: boolean;

        /** Deprecated artifact_InitUseAs. */
        artifact_InitUseAs: boolean;

        /** Deprecated kfpV1WandbLog. */
        kfpV1WandbLog: boolean;

        /**
         * Creates a new Deprecated instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Deprecated instance
         */
        static create(properties: wandb_internal.Deprecated.$Shape): wandb_internal.Deprecated & wandb_internal.Deprecated.$Shape;
        static create(properties?: wandb_internal.Deprecated.$Properties): wandb_internal.Deprecated;

        /**
         * Encodes the specified Deprecated message. Does not implicitly {@link wandb_internal.Deprecated.verify|verify} messages.
         * @param message Deprecated message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.Deprecated.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Deprecated message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.Deprecated & wandb_internal.Deprecated.$Shape} Deprecated
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.Deprecated & wandb_internal.Deprecated.$Shape;
    }

    namespace Deprecated {

        /** Properties of a Deprecated. */
        interface $Properties {

            /** Deprecated kerasCallback_DataType */
            kerasCallback_DataType?: (boolean|null);

            /** Deprecated run_Mode */
            run_Mode?: (boolean|null);

            /** Deprecated run_SaveNoArgs */
            run_SaveNoArgs?: (boolean|null);

            /** Deprecated run_Join */
            run_Join?: (boolean|null);

            /** Deprecated plots */
            plots?: (boolean|null);

            /** Deprecated run_LogSync */
            run_LogSync?: (boolean|null);

            /** Deprecated init_ConfigIncludeKeys */
            init_ConfigIncludeKeys?: (boolean|null);

            /** Deprecated init_ConfigExcludeKeys */
            init_ConfigExcludeKeys?: (boolean|null);

            /** Deprecated kerasCallback_SaveModel */
            kerasCallback_SaveModel?: (boolean|null);

            /** Deprecated langchainTracer */
            langchainTracer?: (boolean|null);

            /** Deprecated artifact_GetPath */
            artifact_GetPath?: (boolean|null);

            /** Deprecated artifactmanifestentry_Name */
            artifactmanifestentry_Name?: (boolean|null);

            /** Deprecated api_ArtifactVersions */
            api_ArtifactVersions?: (boolean|null);

            /** Deprecated artifactCollection_ChangeType */
            artifactCollection_ChangeType?: (boolean|null);

            /** Deprecated run_DefineMetricCopy */
            run_DefineMetricCopy?: (boolean|null);

            /** Deprecated runDisabled */
            runDisabled?: (boolean|null);

            /** Deprecated run_DefineMetricBestGoal */
            run_DefineMetricBestGoal?: (boolean|null);

            /** Deprecated run_FinishQuiet */
            run_FinishQuiet?: (boolean|null);

            /** Deprecated run_ReinitBool */
            run_ReinitBool?: (boolean|null);

            /** Deprecated run_GetUrl */
            run_GetUrl?: (boolean|null);

            /** Deprecated run_ProjectName */
            run_ProjectName?: (boolean|null);

            /** Deprecated run_GetProjectUrl */
            run_GetProjectUrl?: (boolean|null);

            /** Deprecated run_GetSweepUrl */
            run_GetSweepUrl?: (boolean|null);

            /** Deprecated run_UseArtifactUseAs */
            run_UseArtifactUseAs?: (boolean|null);

            /** Deprecated artifact_UseAs */
            artifact_UseAs?: (boolean|null);

            /** Deprecated artifact_InitUseAs */
            artifact_InitUseAs?: (boolean|null);

            /** Deprecated kfpV1WandbLog */
            kfpV1WandbLog?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Deprecated. */
        type $Shape = wandb_internal.Deprecated.$Properties;
    }

    /**
     * Properties of an Issues.
     * @deprecated Use wandb_internal.Issues.$Properties instead.
     */
    interface IIssues extends wandb_internal.Issues.$Properties {
    }

    /** Represents an Issues. */
    class Issues {

        /**
         * Constructs a new Issues.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.Issues.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Issues settings_ValidationWarnings. */
        settings_ValidationWarnings: boolean;

        /** Issues settings_UnexpectedArgs. */
        settings_UnexpectedArgs: boolean;

        /** Issues settings_PreprocessingWarnings. */
        settings_PreprocessingWarnings: boolean;

        /**
         * Creates a new Issues instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Issues instance
         */
        static create(properties: wandb_internal.Issues.$Shape): wandb_internal.Issues & wandb_internal.Issues.$Shape;
        static create(properties?: wandb_internal.Issues.$Properties): wandb_internal.Issues;

        /**
         * Encodes the specified Issues message. Does not implicitly {@link wandb_internal.Issues.verify|verify} messages.
         * @param message Issues message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.Issues.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an Issues message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.Issues & wandb_internal.Issues.$Shape} Issues
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.Issues & wandb_internal.Issues.$Shape;
    }

    namespace Issues {

        /** Properties of an Issues. */
        interface $Properties {

            /** Issues settings_ValidationWarnings */
            settings_ValidationWarnings?: (boolean|null);

            /** Issues settings_UnexpectedArgs */
            settings_UnexpectedArgs?: (boolean|null);

            /** Issues settings_PreprocessingWarnings */
            settings_PreprocessingWarnings?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an Issues. */
        type $Shape = wandb_internal.Issues.$Properties;
    }

    /**
     * Properties of a Record.
     * @deprecated Use wandb_internal.Record.$Properties instead.
     */
    interface IRecord extends wandb_internal.Record.$Properties {
    }

    /** Represents a Record. */
    class Record {

        /**
         * Constructs a new Record.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.Record.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Record num. */
        num: number;

        /** Record history. */
        history?: (wandb_internal.HistoryRecord.$Properties|null);

        /** Record summary. */
        summary?: (wandb_internal.SummaryRecord.$Properties|null);

        /** Record output. */
        output?: (wandb_internal.OutputRecord.$Properties|null);

        /** Record config. */
        config?: (wandb_internal.ConfigRecord.$Properties|null);

        /** Record files. */
        files?: (wandb_internal.FilesRecord.$Properties|null);

        /** Record stats. */
        stats?: (wandb_internal.StatsRecord.$Properties|null);

        /** Record artifact. */
        artifact?: (wandb_internal.ArtifactRecord.$Properties|null);

        /** Record tbrecord. */
        tbrecord?: (wandb_internal.TBRecord.$Properties|null);

        /** Record alert. */
        alert?: (wandb_internal.AlertRecord.$Properties|null);

        /** Record telemetry. */
        telemetry?: (wandb_internal.TelemetryRecord.$Properties|null);

        /** Record metric. */
        metric?: (wandb_internal.MetricRecord.$Properties|null);

        /** Record outputRaw. */
        outputRaw?: (wandb_internal.OutputRawRecord.$Properties|null);

        /** Record run. */
        run?: (wandb_internal.RunRecord.$Properties|null);

        /** Record exit. */
        exit?: (wandb_internal.RunExitRecord.$Properties|null);

        /** Record final. */
        final?: (wandb_internal.FinalRecord.$Properties|null);

        /** Record header. */
        header?: (wandb_internal.HeaderRecord.$Properties|null);

        /** Record footer. */
        footer?: (wandb_internal.FooterRecord.$Properties|null);

        /** Record preempting. */
        preempting?: (wandb_internal.RunPreemptingRecord.$Properties|null);

        /** Record noopLinkArtifact. */
        noopLinkArtifact?: (google.protobuf.Empty.$Properties|null);

        /** Record useArtifact. */
        useArtifact?: (wandb_internal.UseArtifactRecord.$Properties|null);

        /** Record environment. */
        environment?: (wandb_internal.EnvironmentRecord.$Properties|null);

        /** Record outputLogger. */
        outputLogger?: (wandb_internal.OutputLoggerRecord.$Properties|null);

        /** Record request. */
        request?: (wandb_internal.Request.$Properties|null);

        /** Record control. */
        control?: (wandb_internal.Control.$Properties|null);

        /** Record uuid. */
        uuid: string;

        /** Record _info. */
        _info?: (wandb_internal._RecordInfo.$Properties|null);

        /** Record recordType. */
        recordType?: ("history"|"summary"|"output"|"config"|"files"|"stats"|"artifact"|"tbrecord"|"alert"|"telemetry"|"metric"|"outputRaw"|"run"|"exit"|"final"|"header"|"footer"|"preempting"|"noopLinkArtifact"|"useArtifact"|"environment"|"outputLogger"|"request");

        /**
         * Creates a new Record instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Record instance
         */
        static create(properties: wandb_internal.Record.$Shape): wandb_internal.Record & wandb_internal.Record.$Shape;
        static create(properties?: wandb_internal.Record.$Properties): wandb_internal.Record;

        /**
         * Encodes the specified Record message. Does not implicitly {@link wandb_internal.Record.verify|verify} messages.
         * @param message Record message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.Record.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Record message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.Record & wandb_internal.Record.$Shape} Record
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.Record & wandb_internal.Record.$Shape;
    }

    namespace Record {

        /** Properties of a Record. */
        interface $Properties {

            /** Record num */
            num?: (number|null);

            /** Record history */
            history?: (wandb_internal.HistoryRecord.$Properties|null);

            /** Record summary */
            summary?: (wandb_internal.SummaryRecord.$Properties|null);

            /** Record output */
            output?: (wandb_internal.OutputRecord.$Properties|null);

            /** Record config */
            config?: (wandb_internal.ConfigRecord.$Properties|null);

            /** Record files */
            files?: (wandb_internal.FilesRecord.$Properties|null);

            /** Record stats */
            stats?: (wandb_internal.StatsRecord.$Properties|null);

            /** Record artifact */
            artifact?: (wandb_internal.ArtifactRecord.$Properties|null);

            /** Record tbrecord */
            tbrecord?: (wandb_internal.TBRecord.$Properties|null);

            /** Record alert */
            alert?: (wandb_internal.AlertRecord.$Properties|null);

            /** Record telemetry */
            telemetry?: (wandb_internal.TelemetryRecord.$Properties|null);

            /** Record metric */
            metric?: (wandb_internal.MetricRecord.$Properties|null);

            /** Record outputRaw */
            outputRaw?: (wandb_internal.OutputRawRecord.$Properties|null);

            /** Record run */
            run?: (wandb_internal.RunRecord.$Properties|null);

            /** Record exit */
            exit?: (wandb_internal.RunExitRecord.$Properties|null);

            /** Record final */
            final?: (wandb_internal.FinalRecord.$Properties|null);

            /** Record header */
            header?: (wandb_internal.HeaderRecord.$Properties|null);

            /** Record footer */
            footer?: (wandb_internal.FooterRecord.$Properties|null);

            /** Record preempting */
            preempting?: (wandb_internal.RunPreemptingRecord.$Properties|null);

            /** Record noopLinkArtifact */
            noopLinkArtifact?: (google.protobuf.Empty.$Properties|null);

            /** Record useArtifact */
            useArtifact?: (wandb_internal.UseArtifactRecord.$Properties|null);

            /** Record environment */
            environment?: (wandb_internal.EnvironmentRecord.$Properties|null);

            /** Record outputLogger */
            outputLogger?: (wandb_internal.OutputLoggerRecord.$Properties|null);

            /** Record request */
            request?: (wandb_internal.Request.$Properties|null);

            /** Record control */
            control?: (wandb_internal.Control.$Properties|null);

            /** Record uuid */
            uuid?: (string|null);

            /** Record _info */
            _info?: (wandb_internal._RecordInfo.$Properties|null);

            /** Record recordType */
            recordType?: ("history"|"summary"|"output"|"config"|"files"|"stats"|"artifact"|"tbrecord"|"alert"|"telemetry"|"metric"|"outputRaw"|"run"|"exit"|"final"|"header"|"footer"|"preempting"|"noopLinkArtifact"|"useArtifact"|"environment"|"outputLogger"|"request");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of a Record. */
        type $Shape = {
          num?: number|null;
          history?: wandb_internal.HistoryRecord.$Shape|null;
          summary?: wandb_internal.SummaryRecord.$Shape|null;
          output?: wandb_internal.OutputRecord.$Shape|null;
          config?: wandb_internal.ConfigRecord.$Shape|null;
          files?: wandb_internal.FilesRecord.$Shape|null;
          stats?: wandb_internal.StatsRecord.$Shape|null;
          artifact?: wandb_internal.ArtifactRecord.$Shape|null;
          tbrecord?: wandb_internal.TBRecord.$Shape|null;
          alert?: wandb_internal.AlertRecord.$Shape|null;
          telemetry?: wandb_internal.TelemetryRecord.$Shape|null;
          metric?: wandb_internal.MetricRecord.$Shape|null;
          outputRaw?: wandb_internal.OutputRawRecord.$Shape|null;
          run?: wandb_internal.RunRecord.$Shape|null;
          exit?: wandb_internal.RunExitRecord.$Shape|null;
          final?: wandb_internal.FinalRecord.$Shape|null;
          header?: wandb_internal.HeaderRecord.$Shape|null;
          footer?: wandb_internal.FooterRecord.$Shape|null;
          preempting?: wandb_internal.RunPreemptingRecord.$Shape|null;
          noopLinkArtifact?: google.protobuf.Empty.$Shape|null;
          useArtifact?: wandb_internal.UseArtifactRecord.$Shape|null;
          environment?: wandb_internal.EnvironmentRecord.$Shape|null;
          outputLogger?: wandb_internal.OutputLoggerRecord.$Shape|null;
          request?: wandb_internal.Request.$Shape|null;
          control?: wandb_internal.Control.$Shape|null;
          uuid?: string|null;
          _info?: wandb_internal._RecordInfo.$Shape|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ recordType?: undefined; history?: null; summary?: null; output?: null; config?: null; files?: null; stats?: null; artifact?: null; tbrecord?: null; alert?: null; telemetry?: null; metric?: null; outputRaw?: null; run?: null; exit?: null; final?: null; header?: null; footer?: null; preempting?: null; noopLinkArtifact?: null; useArtifact?: null; environment?: null; outputLogger?: null; request?: null }|{ recordType?: "history"; history: wandb_internal.HistoryRecord.$Shape; summary?: null; output?: null; config?: null; files?: null; stats?: null; artifact?: null; tbrecord?: null; alert?: null; telemetry?: null; metric?: null; outputRaw?: null; run?: null; exit?: null; final?: null; header?: null; footer?: null; preempting?: null; noopLinkArtifact?: null; useArtifact?: null; environment?: null; outputLogger?: null; request?: null }|{ recordType?: "summary"; history?: null; summary: wandb_internal.SummaryRecord.$Shape; output?: null; config?: null; files?: null; stats?: null; artifact?: null; tbrecord?: null; alert?: null; telemetry?: null; metric?: null; outputRaw?: null; run?: null; exit?: null; final?: null; header?: null; footer?: null; preempting?: null; noopLinkArtifact?: null; useArtifact?: null; environment?: null; outputLogger?: null; request?: null }|{ recordType?: "output"; history?: null; summary?: null; output: wandb_internal.OutputRecord.$Shape; config?: null; files?: null; stats?: null; artifact?: null; tbrecord?: null; alert?: null; telemetry?: null; metric?: null; outputRaw?: null; run?: null; exit?: null; final?: null; header?: null; footer?: null; preempting?: null; noopLinkArtifact?: null; useArtifact?: null; environment?: null; outputLogger?: null; request?: null }|{ recordType?: "config"; history?: null; summary?: null; output?: null; config: wandb_internal.ConfigRecord.$Shape; files?: null; stats?: null; artifact?: null; tbrecord?: null; alert?: null; telemetry?: null; metric?: null; outputRaw?: null; run?: null; exit?: null; final?: null; header?: null; footer?: null; preempting?: null; noopLinkArtifact?: null; useArtifact?: null; environment?: null; outputLogger?: null; request?: null }|{ recordType?: "files"; history?: null; summary?: null; output?: null; config?: null; files: wandb_internal.FilesRecord.$Shape; stats?: null; artifact?: null; tbrecord?: null; alert?: null; telemetry?: null; metric?: null; outputRaw?: null; run?: null; exit?: null; final?: null; header?: null; footer?: null; preempting?: null; noopLinkArtifact?: null; useArtifact?: null; environment?: null; outputLogger?: null; request?: null }|{ recordType?: "stats"; history?: null; summary?: null; output?: null; config?: null; files?: null; stats: wandb_internal.StatsRecord.$Shape; artifact?: null; tbrecord?: null; alert?: null; telemetry?: null; metric?: null; outputRaw?: null; run?: null; exit?: null; final?: null; header?: null; footer?: null; preempting?: null; noopLinkArtifact?: null; useArtifact?: null; environment?: null; outputLogger?: null; request?: null }|{ recordType?: "artifact"; history?: null; summary?: null; output?: null; config?: null; files?: null; stats?: null; artifact: wandb_internal.ArtifactRecord.$Shape; tbrecord?: null; alert?: null; telemetry?: null; metric?: null; outputRaw?: null; run?: null; exit?: null; final?: null; header?: null; footer?: null; preempting?: null; noopLinkArtifact?: null; useArtifact?: null; environment?: null; outputLogger?: null; request?: null }|{ recordType?: "tbrecord"; history?: null; summary?: null; output?: null; config?: null; files?: null; stats?: null; artifact?: null; tbrecord: wandb_internal.TBRecord.$Shape; alert?: null; telemetry?: null; metric?: null; outputRaw?: null; run?: null; exit?: null; final?: null; header?: null; footer?: null; preempting?: null; noopLinkArtifact?: null; useArtifact?: null; environment?: null; outputLogger?: null; request?: null }|{ recordType?: "alert"; history?: null; summary?: null; output?: null; config?: null; files?: null; stats?: null; artifact?: null; tbrecord?: null; alert: wandb_internal.AlertRecord.$Shape; telemetry?: null; metric?: null; outputRaw?: null; run?: null; exit?: null; final?: null; header?: null; footer?: null; preempting?: null; noopLinkArtifact?: null; useArtifact?: null; environment?: null; outputLogger?: null; request?: null }|{ recordType?: "telemetry"; history?: null; summary?: null; output?: null; config?: null; files?: null; stats?: null; artifact?: null; tbrecord?: null; alert?: null; telemetry: wandb_internal.TelemetryRecord.$Shape; metric?: null; outputRaw?: null; run?: null; exit?: null; final?: null; header?: null; footer?: null; preempting?: null; noopLinkArtifact?: null; useArtifact?: null; environment?: null; outputLogger?: null; request?: null }|{ recordType?: "metric"; history?: null; summary?: null; output?: null; config?: null; files?: null; stats?: null; artifact?: null; tbrecord?: null; alert?: null; telemetry?: null; metric: wandb_internal.MetricRecord.$Shape; outputRaw?: null; run?: null; exit?: null; final?: null; header?: null; footer?: null; preempting?: null; noopLinkArtifact?: null; useArtifact?: null; environment?: null; outputLogger?: null; request?: null }|{ recordType?: "outputRaw"; history?: null; summary?: null; output?: null; config?: null; files?: null; stats?: null; artifact?: null; tbrecord?: null; alert?: null; telemetry?: null; metric?: null; outputRaw: wandb_internal.OutputRawRecord.$Shape; run?: null; exit?: null; final?: null; header?: null; footer?: null; preempting?: null; noopLinkArtifact?: null; useArtifact?: null; environment?: null; outputLogger?: null; request?: null }|{ recordType?: "run"; history?: null; summary?: null; output?: null; config?: null; files?: null; stats?: null; artifact?: null; tbrecord?: null; alert?: null; telemetry?: null; metric?: null; outputRaw?: null; run: wandb_internal.RunRecord.$Shape; exit?: null; final?: null; header?: null; footer?: null; preempting?: null; noopLinkArtifact?: null; useArtifact?: null; environment?: null; outputLogger?: null; request?: null }|{ recordType?: "exit"; history?: null; summary?: null; output?: null; config?: null; files?: null; stats?: null; artifact?: null; tbrecord?: null; alert?: null; telemetry?: null; metric?: null; outputRaw?: null; run?: null; exit: wandb_internal.RunExitRecord.$Shape; final?: null; header?: null; footer?: null; preempting?: null; noopLinkArtifact?: null; useArtifact?: null; environment?: null; outputLogger?: null; request?: null }|{ recordType?: "final"; history?: null; summary?: null; output?: null; config?: null; files?: null; stats?: null; artifact?: null; tbrecord?: null; alert?: null; telemetry?: null; metric?: null; outputRaw?: null; run?: null; exit?: null; final: wandb_internal.FinalRecord.$Shape; header?: null; footer?: null; preempting?: null; noopLinkArtifact?: null; useArtifact?: null; environment?: null; outputLogger?: null; request?: null }|{ recordType?: "header"; history?: null; summary?: null; output?: null; config?: null; files?: null; stats?: null; artifact?: null; tbrecord?: null; alert?: null; telemetry?: null; metric?: null; outputRaw?: null; run?: null; exit?: null; final?: null; header: wandb_internal.HeaderRecord.$Shape; footer?: null; preempting?: null; noopLinkArtifact?: null; useArtifact?: null; environment?: null; outputLogger?: null; request?: null }|{ recordType?: "footer"; history?: null; summary?: null; output?: null; config?: null; files?: null; stats?: null; artifact?: null; tbrecord?: null; alert?: null; telemetry?: null; metric?: null; outputRaw?: null; run?: null; exit?: null; final?: null; header?: null; footer: wandb_internal.FooterRecord.$Shape; preempting?: null; noopLinkArtifact?: null; useArtifact?: null; environment?: null; outputLogger?: null; request?: null }|{ recordType?: "preempting"; history?: null; summary?: null; output?: null; config?: null; files?: null; stats?: null; artifact?: null; tbrecord?: null; alert?: null; telemetry?: null; metric?: null; outputRaw?: null; run?: null; exit?: null; final?: null; header?: null; footer?: null; preempting: wandb_internal.RunPreemptingRecord.$Shape; noopLinkArtifact?: null; useArtifact?: null; environment?: null; outputLogger?: null; request?: null }|{ recordType?: "noopLinkArtifact"; history?: null; summary?: null; output?: null; config?: null; files?: null; stats?: null; artifact?: null; tbrecord?: null; alert?: null; telemetry?: null; metric?: null; outputRaw?: null; run?: null; exit?: null; final?: null; header?: null; footer?: null; preempting?: null; noopLinkArtifact: google.protobuf.Empty.$Shape; useArtifact?: null; environment?: null; outputLogger?: null; request?: null }|{ recordType?: "useArtifact"; history?: null; summary?: null; output?: null; config?: null; files?: null; stats?: null; artifact?: null; tbrecord?: null; alert?: null; telemetry?: null; metric?: null; outputRaw?: null; run?: null; exit?: null; final?: null; header?: null; footer?: null; preempting?: null; noopLinkArtifact?: null; useArtifact: wandb_internal.UseArtifactRecord.$Shape; environment?: null; outputLogger?: null; request?: null }|{ recordType?: "environment"; history?: null; summary?: null; output?: null; config?: null; files?: null; stats?: null; artifact?: null; tbrecord?: null; alert?: null; telemetry?: null; metric?: null; outputRaw?: null; run?: null; exit?: null; final?: null; header?: null; footer?: null; preempting?: null; noopLinkArtifact?: null; useArtifact?: null; environment: wandb_internal.EnvironmentRecord.$Shape; outputLogger?: null; request?: null }|{ recordType?: "outputLogger"; history?: null; summary?: null; output?: null; config?: null; files?: null; stats?: null; artifact?: null; tbrecord?: null; alert?: null; telemetry?: null; metric?: null; outputRaw?: null; run?: null; exit?: null; final?: null; header?: null; footer?: null; preempting?: null; noopLinkArtifact?: null; useArtifact?: null; environment?: null; outputLogger: wandb_internal.OutputLoggerRecord.$Shape; request?: null }|{ recordType?: "request"; history?: null; summary?: null; output?: null; config?: null; files?: null; stats?: null; artifact?: null; tbrecord?: null; alert?: null; telemetry?: null; metric?: null; outputRaw?: null; run?: null; exit?: null; final?: null; header?: null; footer?: null; preempting?: null; noopLinkArtifact?: null; useArtifact?: null; environment?: null; outputLogger?: null; request: wandb_internal.Request.$Shape })
        );
    }

    /**
     * Properties of a LegacyRecord.
     * @deprecated Use wandb_internal.LegacyRecord.$Properties instead.
     */
    interface ILegacyRecord extends wandb_internal.LegacyRecord.$Properties {
    }

    /** Represents a LegacyRecord. */
    class LegacyRecord {

        /**
         * Constructs a new LegacyRecord.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.LegacyRecord.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** LegacyRecord linkArtifact. */
        linkArtifact?: (wandb_internal.LinkArtifactRecord.$Properties|null);

        /** LegacyRecord wandbConfigParameters. */
        wandbConfigParameters?: (wandb_internal.LaunchWandbConfigParametersRecord.$Properties|null);

        /** LegacyRecord recordType. */
        recordType?: ("linkArtifact"|"wandbConfigParameters");

        /**
         * Creates a new LegacyRecord instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LegacyRecord instance
         */
        static create(properties: wandb_internal.LegacyRecord.$Shape): wandb_internal.LegacyRecord & wandb_internal.LegacyRecord.$Shape;
        static create(properties?: wandb_internal.LegacyRecord.$Properties): wandb_internal.LegacyRecord;

        /**
         * Encodes the specified LegacyRecord message. Does not implicitly {@link wandb_internal.LegacyRecord.verify|verify} messages.
         * @param message LegacyRecord message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.LegacyRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LegacyRecord message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.LegacyRecord & wandb_internal.LegacyRecord.$Shape} LegacyRecord
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.LegacyRecord & wandb_internal.LegacyRecord.$Shape;
    }

    namespace LegacyRecord {

        /** Properties of a LegacyRecord. */
        interface $Properties {

            /** LegacyRecord linkArtifact */
            linkArtifact?: (wandb_internal.LinkArtifactRecord.$Properties|null);

            /** LegacyRecord wandbConfigParameters */
            wandbConfigParameters?: (wandb_internal.LaunchWandbConfigParametersRecord.$Properties|null);

            /** LegacyRecord recordType */
            recordType?: ("linkArtifact"|"wandbConfigParameters");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of a LegacyRecord. */
        type $Shape = {
          linkArtifact?: wandb_internal.LinkArtifactRecord.$Shape|null;
          wandbConfigParameters?: wandb_internal.LaunchWandbConfigParametersRecord.$Shape|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ recordType?: undefined; linkArtifact?: null; wandbConfigParameters?: null }|{ recordType?: "linkArtifact"; linkArtifact: wandb_internal.LinkArtifactRecord.$Shape; wandbConfigParameters?: null }|{ recordType?: "wandbConfigParameters"; linkArtifact?: null; wandbConfigParameters: wandb_internal.LaunchWandbConfigParametersRecord.$Shape })
        );
    }

    /**
     * Properties of a Control.
     * @deprecated Use wandb_internal.Control.$Properties instead.
     */
    interface IControl extends wandb_internal.Control.$Properties {
    }

    /** Represents a Control. */
    class Control {

        /**
         * Constructs a new Control.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.Control.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Control reqResp. */
        reqResp: boolean;

        /** Control local. */
        local: boolean;

        /** Control relayId. */
        relayId: string;

        /** Control mailboxSlot. */
        mailboxSlot: string;

        /** Control alwaysSend. */
        alwaysSend: boolean;

        /** Control flowControl. */
        flowControl: boolean;

        /** Control endOffset. */
        endOffset: number;

        /** Control connectionId. */
        connectionId: string;

        /**
         * Creates a new Control instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Control instance
         */
        static create(properties: wandb_internal.Control.$Shape): wandb_internal.Control & wandb_internal.Control.$Shape;
        static create(properties?: wandb_internal.Control.$Properties): wandb_internal.Control;

        /**
         * Encodes the specified Control message. Does not implicitly {@link wandb_internal.Control.verify|verify} messages.
         * @param message Control message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.Control.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Control message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.Control & wandb_internal.Control.$Shape} Control
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.Control & wandb_internal.Control.$Shape;
    }

    namespace Control {

        /** Properties of a Control. */
        interface $Properties {

            /** Control reqResp */
            reqResp?: (boolean|null);

            /** Control local */
            local?: (boolean|null);

            /** Control relayId */
            relayId?: (string|null);

            /** Control mailboxSlot */
            mailboxSlot?: (string|null);

            /** Control alwaysSend */
            alwaysSend?: (boolean|null);

            /** Control flowControl */
            flowControl?: (boolean|null);

            /** Control endOffset */
            endOffset?: (number|null);

            /** Control connectionId */
            connectionId?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Control. */
        type $Shape = wandb_internal.Control.$Properties;
    }

    /**
     * Properties of a Result.
     * @deprecated Use wandb_internal.Result.$Properties instead.
     */
    interface IResult extends wandb_internal.Result.$Properties {
    }

    /** Represents a Result. */
    class Result {

        /**
         * Constructs a new Result.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.Result.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Result runResult. */
        runResult?: (wandb_internal.RunUpdateResult.$Properties|null);

        /** Result exitResult. */
        exitResult?: (wandb_internal.RunExitResult.$Properties|null);

        /** Result logResult. */
        logResult?: (wandb_internal.HistoryResult.$Properties|null);

        /** Result summaryResult. */
        summaryResult?: (wandb_internal.SummaryResult.$Properties|null);

        /** Result outputResult. */
        outputResult?: (wandb_internal.OutputResult.$Properties|null);

        /** Result configResult. */
        configResult?: (wandb_internal.ConfigResult.$Properties|null);

        /** Result response. */
        response?: (wandb_internal.Response.$Properties|null);

        /** Result control. */
        control?: (wandb_internal.Control.$Properties|null);

        /** Result uuid. */
        uuid: string;

        /** Result _info. */
        _info?: (wandb_internal._ResultInfo.$Properties|null);

        /** Result resultType. */
        resultType?: ("runResult"|"exitResult"|"logResult"|"summaryResult"|"outputResult"|"configResult"|"response");

        /**
         * Creates a new Result instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Result instance
         */
        static create(properties: wandb_internal.Result.$Shape): wandb_internal.Result & wandb_internal.Result.$Shape;
        static create(properties?: wandb_internal.Result.$Properties): wandb_internal.Result;

        /**
         * Encodes the specified Result message. Does not implicitly {@link wandb_internal.Result.verify|verify} messages.
         * @param message Result message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.Result.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Result message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.Result & wandb_internal.Result.$Shape} Result
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.Result & wandb_internal.Result.$Shape;
    }

    namespace Result {

        /** Properties of a Result. */
        interface $Properties {

            /** Result runResult */
            runResult?: (wandb_internal.RunUpdateResult.$Properties|null);

            /** Result exitResult */
            exitResult?: (wandb_internal.RunExitResult.$Properties|null);

            /** Result logResult */
            logResult?: (wandb_internal.HistoryResult.$Properties|null);

            /** Result summaryResult */
            summaryResult?: (wandb_internal.SummaryResult.$Properties|null);

            /** Result outputResult */
            outputResult?: (wandb_internal.OutputResult.$Properties|null);

            /** Result configResult */
            configResult?: (wandb_internal.ConfigResult.$Properties|null);

            /** Result response */
            response?: (wandb_internal.Response.$Properties|null);

            /** Result control */
            control?: (wandb_internal.Control.$Properties|null);

            /** Result uuid */
            uuid?: (string|null);

            /** Result _info */
            _info?: (wandb_internal._ResultInfo.$Properties|null);

            /** Result resultType */
            resultType?: ("runResult"|"exitResult"|"logResult"|"summaryResult"|"outputResult"|"configResult"|"response");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of a Result. */
        type $Shape = {
          runResult?: wandb_internal.RunUpdateResult.$Shape|null;
          exitResult?: wandb_internal.RunExitResult.$Shape|null;
          logResult?: wandb_internal.HistoryResult.$Shape|null;
          summaryResult?: wandb_internal.SummaryResult.$Shape|null;
          outputResult?: wandb_internal.OutputResult.$Shape|null;
          configResult?: wandb_internal.ConfigResult.$Shape|null;
          response?: wandb_internal.Response.$Shape|null;
          control?: wandb_internal.Control.$Shape|null;
          uuid?: string|null;
          _info?: wandb_internal._ResultInfo.$Shape|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ resultType?: undefined; runResult?: null; exitResult?: null; logResult?: null; summaryResult?: null; outputResult?: null; configResult?: null; response?: null }|{ resultType?: "runResult"; runResult: wandb_internal.RunUpdateResult.$Shape; exitResult?: null; logResult?: null; summaryResult?: null; outputResult?: null; configResult?: null; response?: null }|{ resultType?: "exitResult"; runResult?: null; exitResult: wandb_internal.RunExitResult.$Shape; logResult?: null; summaryResult?: null; outputResult?: null; configResult?: null; response?: null }|{ resultType?: "logResult"; runResult?: null; exitResult?: null; logResult: wandb_internal.HistoryResult.$Shape; summaryResult?: null; outputResult?: null; configResult?: null; response?: null }|{ resultType?: "summaryResult"; runResult?: null; exitResult?: null; logResult?: null; summaryResult: wandb_internal.SummaryResult.$Shape; outputResult?: null; configResult?: null; response?: null }|{ resultType?: "outputResult"; runResult?: null; exitResult?: null; logResult?: null; summaryResult?: null; outputResult: wandb_internal.OutputResult.$Shape; configResult?: null; response?: null }|{ resultType?: "configResult"; runResult?: null; exitResult?: null; logResult?: null; summaryResult?: null; outputResult?: null; configResult: wandb_internal.ConfigResult.$Shape; response?: null }|{ resultType?: "response"; runResult?: null; exitResult?: null; logResult?: null; summaryResult?: null; outputResult?: null; configResult?: null; response: wandb_internal.Response.$Shape })
        );
    }

    /**
     * Properties of a HeaderRecord.
     * @deprecated Use wandb_internal.HeaderRecord.$Properties instead.
     */
    interface IHeaderRecord extends wandb_internal.HeaderRecord.$Properties {
    }

    /** Represents a HeaderRecord. */
    class HeaderRecord {

        /**
         * Constructs a new HeaderRecord.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.HeaderRecord.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** HeaderRecord versionInfo. */
        versionInfo?: (wandb_internal.VersionInfo.$Properties|null);

        /** HeaderRecord _info. */
        _info?: (wandb_internal._RecordInfo.$Properties|null);

        /**
         * Creates a new HeaderRecord instance using the specified properties.
         * @param [properties] Properties to set
         * @returns HeaderRecord instance
         */
        static create(properties: wandb_internal.HeaderRecord.$Shape): wandb_internal.HeaderRecord & wandb_internal.HeaderRecord.$Shape;
        static create(properties?: wandb_internal.HeaderRecord.$Properties): wandb_internal.HeaderRecord;

        /**
         * Encodes the specified HeaderRecord message. Does not implicitly {@link wandb_internal.HeaderRecord.verify|verify} messages.
         * @param message HeaderRecord message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.HeaderRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a HeaderRecord message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.HeaderRecord & wandb_internal.HeaderRecord.$Shape} HeaderRecord
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.HeaderRecord & wandb_internal.HeaderRecord.$Shape;
    }

    namespace HeaderRecord {

        /** Properties of a HeaderRecord. */
        interface $Properties {

            /** HeaderRecord versionInfo */
            versionInfo?: (wandb_internal.VersionInfo.$Properties|null);

            /** HeaderRecord _info */
            _info?: (wandb_internal._RecordInfo.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a HeaderRecord. */
        type $Shape = wandb_internal.HeaderRecord.$Properties;
    }

    /**
     * Properties of a VersionInfo.
     * @deprecated Use wandb_internal.VersionInfo.$Properties instead.
     */
    interface IVersionInfo extends wandb_internal.VersionInfo.$Properties {
    }

    /** Represents a VersionInfo. */
    class VersionInfo {

        /**
         * Constructs a new VersionInfo.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.VersionInfo.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** VersionInfo producer. */
        producer: string;

        /** VersionInfo minConsumer. */
        minConsumer: string;

        /** VersionInfo _info. */
        _info?: (wandb_internal._RecordInfo.$Properties|null);

        /**
         * Creates a new VersionInfo instance using the specified properties.
         * @param [properties] Properties to set
         * @returns VersionInfo instance
         */
        static create(properties: wandb_internal.VersionInfo.$Shape): wandb_internal.VersionInfo & wandb_internal.VersionInfo.$Shape;
        static create(properties?: wandb_internal.VersionInfo.$Properties): wandb_internal.VersionInfo;

        /**
         * Encodes the specified VersionInfo message. Does not implicitly {@link wandb_internal.VersionInfo.verify|verify} messages.
         * @param message VersionInfo message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.VersionInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a VersionInfo message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.VersionInfo & wandb_internal.VersionInfo.$Shape} VersionInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.VersionInfo & wandb_internal.VersionInfo.$Shape;
    }

    namespace VersionInfo {

        /** Properties of a VersionInfo. */
        interface $Properties {

            /** VersionInfo producer */
            producer?: (string|null);

            /** VersionInfo minConsumer */
            minConsumer?: (string|null);

            /** VersionInfo _info */
            _info?: (wandb_internal._RecordInfo.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a VersionInfo. */
        type $Shape = wandb_internal.VersionInfo.$Properties;
    }

    /**
     * Properties of a FooterRecord.
     * @deprecated Use wandb_internal.FooterRecord.$Properties instead.
     */
    interface IFooterRecord extends wandb_internal.FooterRecord.$Properties {
    }

    /** Represents a FooterRecord. */
    class FooterRecord {

        /**
         * Constructs a new FooterRecord.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.FooterRecord.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** FooterRecord _info. */
        _info?: (wandb_internal._RecordInfo.$Properties|null);

        /**
         * Creates a new FooterRecord instance using the specified properties.
         * @param [properties] Properties to set
         * @returns FooterRecord instance
         */
        static create(properties: wandb_internal.FooterRecord.$Shape): wandb_internal.FooterRecord & wandb_internal.FooterRecord.$Shape;
        static create(properties?: wandb_internal.FooterRecord.$Properties): wandb_internal.FooterRecord;

        /**
         * Encodes the specified FooterRecord message. Does not implicitly {@link wandb_internal.FooterRecord.verify|verify} messages.
         * @param message FooterRecord message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.FooterRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a FooterRecord message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.FooterRecord & wandb_internal.FooterRecord.$Shape} FooterRecord
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.FooterRecord & wandb_internal.FooterRecord.$Shape;
    }

    namespace FooterRecord {

        /** Properties of a FooterRecord. */
        interface $Properties {

            /** FooterRecord _info */
            _info?: (wandb_internal._RecordInfo.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a FooterRecord. */
        type $Shape = wandb_internal.FooterRecord.$Properties;
    }

    /**
     * Properties of a FinalRecord.
     * @deprecated Use wandb_internal.FinalRecord.$Properties instead.
     */
    interface IFinalRecord extends wandb_internal.FinalRecord.$Properties {
    }

    /** Represents a FinalRecord. */
    class FinalRecord {

        /**
         * Constructs a new FinalRecord.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.FinalRecord.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** FinalRecord _info. */
        _info?: (wandb_internal._RecordInfo.$Properties|null);

        /**
         * Creates a new FinalRecord instance using the specified properties.
         * @param [properties] Properties to set
         * @returns FinalRecord instance
         */
        static create(properties: wandb_internal.FinalRecord.$Shape): wandb_internal.FinalRecord & wandb_internal.FinalRecord.$Shape;
        static create(properties?: wandb_internal.FinalRecord.$Properties): wandb_internal.FinalRecord;

        /**
         * Encodes the specified FinalRecord message. Does not implicitly {@link wandb_internal.FinalRecord.verify|verify} messages.
         * @param message FinalRecord message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.FinalRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a FinalRecord message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.FinalRecord & wandb_internal.FinalRecord.$Shape} FinalRecord
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.FinalRecord & wandb_internal.FinalRecord.$Shape;
    }

    namespace FinalRecord {

        /** Properties of a FinalRecord. */
        interface $Properties {

            /** FinalRecord _info */
            _info?: (wandb_internal._RecordInfo.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a FinalRecord. */
        type $Shape = wandb_internal.FinalRecord.$Properties;
    }

    /**
     * Properties of a RunExitRecord.
     * @deprecated Use wandb_internal.RunExitRecord.$Properties instead.
     */
    interface IRunExitRecord extends wandb_internal.RunExitRecord.$Properties {
    }

    /** Represents a RunExitRecord. */
    class RunExitRecord {

        /**
         * Constructs a new RunExitRecord.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.RunExitRecord.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** RunExitRecord exitCode. */
        exitCode: number;

        /** RunExitRecord runtime. */
        runtime: number;

        /** RunExitRecord notComplete. */
        notComplete: boolean;

        /** RunExitRecord _info. */
        _info?: (wandb_internal._RecordInfo.$Properties|null);

        /**
         * Creates a new RunExitRecord instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RunExitRecord instance
         */
        static create(properties: wandb_internal.RunExitRecord.$Shape): wandb_internal.RunExitRecord & wandb_internal.RunExitRecord.$Shape;
        static create(properties?: wandb_internal.RunExitRecord.$Properties): wandb_internal.RunExitRecord;

        /**
         * Encodes the specified RunExitRecord message. Does not implicitly {@link wandb_internal.RunExitRecord.verify|verify} messages.
         * @param message RunExitRecord message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.RunExitRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RunExitRecord message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.RunExitRecord & wandb_internal.RunExitRecord.$Shape} RunExitRecord
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.RunExitRecord & wandb_internal.RunExitRecord.$Shape;
    }

    namespace RunExitRecord {

        /** Properties of a RunExitRecord. */
        interface $Properties {

            /** RunExitRecord exitCode */
            exitCode?: (number|null);

            /** RunExitRecord runtime */
            runtime?: (number|null);

            /** RunExitRecord notComplete */
            notComplete?: (boolean|null);

            /** RunExitRecord _info */
            _info?: (wandb_internal._RecordInfo.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a RunExitRecord. */
        type $Shape = wandb_internal.RunExitRecord.$Properties;
    }

    /**
     * Properties of a RunExitResult.
     * @deprecated Use wandb_internal.RunExitResult.$Properties instead.
     */
    interface IRunExitResult extends wandb_internal.RunExitResult.$Properties {
    }

    /** Represents a RunExitResult. */
    class RunExitResult {

        /**
         * Constructs a new RunExitResult.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.RunExitResult.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** RunExitResult timedOut. */
        timedOut: boolean;

        /**
         * Creates a new RunExitResult instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RunExitResult instance
         */
        static create(properties: wandb_internal.RunExitResult.$Shape): wandb_internal.RunExitResult & wandb_internal.RunExitResult.$Shape;
        static create(properties?: wandb_internal.RunExitResult.$Properties): wandb_internal.RunExitResult;

        /**
         * Encodes the specified RunExitResult message. Does not implicitly {@link wandb_internal.RunExitResult.verify|verify} messages.
         * @param message RunExitResult message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.RunExitResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RunExitResult message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.RunExitResult & wandb_internal.RunExitResult.$Shape} RunExitResult
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.RunExitResult & wandb_internal.RunExitResult.$Shape;
    }

    namespace RunExitResult {

        /** Properties of a RunExitResult. */
        interface $Properties {

            /** RunExitResult timedOut */
            timedOut?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a RunExitResult. */
        type $Shape = wandb_internal.RunExitResult.$Properties;
    }

    /**
     * Properties of a RunPreemptingRecord.
     * @deprecated Use wandb_internal.RunPreemptingRecord.$Properties instead.
     */
    interface IRunPreemptingRecord extends wandb_internal.RunPreemptingRecord.$Properties {
    }

    /** Represents a RunPreemptingRecord. */
    class RunPreemptingRecord {

        /**
         * Constructs a new RunPreemptingRecord.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.RunPreemptingRecord.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** RunPreemptingRecord _info. */
        _info?: (wandb_internal._RecordInfo.$Properties|null);

        /**
         * Creates a new RunPreemptingRecord instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RunPreemptingRecord instance
         */
        static create(properties: wandb_internal.RunPreemptingRecord.$Shape): wandb_internal.RunPreemptingRecord & wandb_internal.RunPreemptingRecord.$Shape;
        static create(properties?: wandb_internal.RunPreemptingRecord.$Properties): wandb_internal.RunPreemptingRecord;

        /**
         * Encodes the specified RunPreemptingRecord message. Does not implicitly {@link wandb_internal.RunPreemptingRecord.verify|verify} messages.
         * @param message RunPreemptingRecord message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.RunPreemptingRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RunPreemptingRecord message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.RunPreemptingRecord & wandb_internal.RunPreemptingRecord.$Shape} RunPreemptingRecord
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.RunPreemptingRecord & wandb_internal.RunPreemptingRecord.$Shape;
    }

    namespace RunPreemptingRecord {

        /** Properties of a RunPreemptingRecord. */
        interface $Properties {

            /** RunPreemptingRecord _info */
            _info?: (wandb_internal._RecordInfo.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a RunPreemptingRecord. */
        type $Shape = wandb_internal.RunPreemptingRecord.$Properties;
    }

    /**
     * Properties of a RunPreemptingResult.
     * @deprecated Use wandb_internal.RunPreemptingResult.$Properties instead.
     */
    interface IRunPreemptingResult extends wandb_internal.RunPreemptingResult.$Properties {
    }

    /** Represents a RunPreemptingResult. */
    class RunPreemptingResult {

        /**
         * Constructs a new RunPreemptingResult.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.RunPreemptingResult.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /**
         * Creates a new RunPreemptingResult instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RunPreemptingResult instance
         */
        static create(properties: wandb_internal.RunPreemptingResult.$Shape): wandb_internal.RunPreemptingResult & wandb_internal.RunPreemptingResult.$Shape;
        static create(properties?: wandb_internal.RunPreemptingResult.$Properties): wandb_internal.RunPreemptingResult;

        /**
         * Encodes the specified RunPreemptingResult message. Does not implicitly {@link wandb_internal.RunPreemptingResult.verify|verify} messages.
         * @param message RunPreemptingResult message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.RunPreemptingResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RunPreemptingResult message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.RunPreemptingResult & wandb_internal.RunPreemptingResult.$Shape} RunPreemptingResult
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.RunPreemptingResult & wandb_internal.RunPreemptingResult.$Shape;
    }

    namespace RunPreemptingResult {

        /** Properties of a RunPreemptingResult. */
        interface $Properties {

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a RunPreemptingResult. */
        type $Shape = wandb_internal.RunPreemptingResult.$Properties;
    }

    /**
     * Properties of a RunRecord.
     * @deprecated Use wandb_internal.RunRecord.$Properties instead.
     */
    interface IRunRecord extends wandb_internal.RunRecord.$Properties {
    }

    /** Represents a RunRecord. */
    class RunRecord {

        /**
         * Constructs a new RunRecord.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.RunRecord.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** RunRecord runId. */
        runId: string;

        /** RunRecord entity. */
        entity: string;

        /** RunRecord project. */
        project: string;

        /** RunRecord config. */
        config?: (wandb_internal.ConfigRecord.$Properties|null);

        /** RunRecord summary. */
        summary?: (wandb_internal.SummaryRecord.$Properties|null);

        /** RunRecord runGroup. */
        runGroup: string;

        /** RunRecord jobType. */
        jobType: string;

        /** RunRecord displayName. */
        displayName: string;

        /** RunRecord notes. */
        notes: string;

        /** RunRecord tags. */
        tags: string[];

        /** RunRecord settings. */
        settings?: (wandb_internal.SettingsRecord.$Properties|null);

        /** RunRecord sweepId. */
        sweepId: string;

        /** RunRecord host. */
        host: string;

        /** RunRecord startingStep. */
        startingStep: number;

        /** RunRecord storageId. */
        storageId: string;

        /** RunRecord startTime. */
        startTime?: (google.protobuf.Timestamp.$Properties|null);

        /** RunRecord resumed. */
        resumed: boolean;

        /** RunRecord telemetry. */
        telemetry?: (wandb_internal.TelemetryRecord.$Properties|null);

        /** RunRecord runtime. */
        runtime: number;

        /** RunRecord git. */
        git?: (wandb_internal.GitRepoRecord.$Properties|null);

        /** RunRecord forked. */
        forked: boolean;

        /** RunRecord branchPoint. */
        branchPoint?: (wandb_internal.BranchPoint.$Properties|null);

        /** RunRecord _info. */
        _info?: (wandb_internal._RecordInfo.$Properties|null);

        /**
         * Creates a new RunRecord instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RunRecord instance
         */
        static create(properties: wandb_internal.RunRecord.$Shape): wandb_internal.RunRecord & wandb_internal.RunRecord.$Shape;
        static create(properties?: wandb_internal.RunRecord.$Properties): wandb_internal.RunRecord;

        /**
         * Encodes the specified RunRecord message. Does not implicitly {@link wandb_internal.RunRecord.verify|verify} messages.
         * @param message RunRecord message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.RunRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RunRecord message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.RunRecord & wandb_internal.RunRecord.$Shape} RunRecord
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.RunRecord & wandb_internal.RunRecord.$Shape;
    }

    namespace RunRecord {

        /** Properties of a RunRecord. */
        interface $Properties {

            /** RunRecord runId */
            runId?: (string|null);

            /** RunRecord entity */
            entity?: (string|null);

            /** RunRecord project */
            project?: (string|null);

            /** RunRecord config */
            config?: (wandb_internal.ConfigRecord.$Properties|null);

            /** RunRecord summary */
            summary?: (wandb_internal.SummaryRecord.$Properties|null);

            /** RunRecord runGroup */
            runGroup?: (string|null);

            /** RunRecord jobType */
            jobType?: (string|null);

            /** RunRecord displayName */
            displayName?: (string|null);

            /** RunRecord notes */
            notes?: (string|null);

            /** RunRecord tags */
            tags?: (string[]|null);

            /** RunRecord settings */
            settings?: (wandb_internal.SettingsRecord.$Properties|null);

            /** RunRecord sweepId */
            sweepId?: (string|null);

            /** RunRecord host */
            host?: (string|null);

            /** RunRecord startingStep */
            startingStep?: (number|null);

            /** RunRecord storageId */
            storageId?: (string|null);

            /** RunRecord startTime */
            startTime?: (google.protobuf.Timestamp.$Properties|null);

            /** RunRecord resumed */
            resumed?: (boolean|null);

            /** RunRecord telemetry */
            telemetry?: (wandb_internal.TelemetryRecord.$Properties|null);

            /** RunRecord runtime */
            runtime?: (number|null);

            /** RunRecord git */
            git?: (wandb_internal.GitRepoRecord.$Properties|null);

            /** RunRecord forked */
            forked?: (boolean|null);

            /** RunRecord branchPoint */
            branchPoint?: (wandb_internal.BranchPoint.$Properties|null);

            /** RunRecord _info */
            _info?: (wandb_internal._RecordInfo.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a RunRecord. */
        type $Shape = wandb_internal.RunRecord.$Properties;
    }

    /**
     * Properties of a BranchPoint.
     * @deprecated Use wandb_internal.BranchPoint.$Properties instead.
     */
    interface IBranchPoint extends wandb_internal.BranchPoint.$Properties {
    }

    /** Represents a BranchPoint. */
    class BranchPoint {

        /**
         * Constructs a new BranchPoint.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.BranchPoint.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** BranchPoint run. */
        run: string;

        /** BranchPoint value. */
        value: number;

        /** BranchPoint metric. */
        metric: string;

        /**
         * Creates a new BranchPoint instance using the specified properties.
         * @param [properties] Properties to set
         * @returns BranchPoint instance
         */
        static create(properties: wandb_internal.BranchPoint.$Shape): wandb_internal.BranchPoint & wandb_internal.BranchPoint.$Shape;
        static create(properties?: wandb_internal.BranchPoint.$Properties): wandb_internal.BranchPoint;

        /**
         * Encodes the specified BranchPoint message. Does not implicitly {@link wandb_internal.BranchPoint.verify|verify} messages.
         * @param message BranchPoint message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.BranchPoint.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a BranchPoint message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.BranchPoint & wandb_internal.BranchPoint.$Shape} BranchPoint
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.BranchPoint & wandb_internal.BranchPoint.$Shape;
    }

    namespace BranchPoint {

        /** Properties of a BranchPoint. */
        interface $Properties {

            /** BranchPoint run */
            run?: (string|null);

            /** BranchPoint value */
            value?: (number|null);

            /** BranchPoint metric */
            metric?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a BranchPoint. */
        type $Shape = wandb_internal.BranchPoint.$Properties;
    }

    /**
     * Properties of a GitRepoRecord.
     * @deprecated Use wandb_internal.GitRepoRecord.$Properties instead.
     */
    interface IGitRepoRecord extends wandb_internal.GitRepoRecord.$Properties {
    }

    /** Represents a GitRepoRecord. */
    class GitRepoRecord {

        /**
         * Constructs a new GitRepoRecord.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.GitRepoRecord.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** GitRepoRecord remoteUrl. */
        remoteUrl: string;

        /** GitRepoRecord commit. */
        commit: string;

        /**
         * Creates a new GitRepoRecord instance using the specified properties.
         * @param [properties] Properties to set
         * @returns GitRepoRecord instance
         */
        static create(properties: wandb_internal.GitRepoRecord.$Shape): wandb_internal.GitRepoRecord & wandb_internal.GitRepoRecord.$Shape;
        static create(properties?: wandb_internal.GitRepoRecord.$Properties): wandb_internal.GitRepoRecord;

        /**
         * Encodes the specified GitRepoRecord message. Does not implicitly {@link wandb_internal.GitRepoRecord.verify|verify} messages.
         * @param message GitRepoRecord message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.GitRepoRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a GitRepoRecord message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.GitRepoRecord & wandb_internal.GitRepoRecord.$Shape} GitRepoRecord
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.GitRepoRecord & wandb_internal.GitRepoRecord.$Shape;
    }

    namespace GitRepoRecord {

        /** Properties of a GitRepoRecord. */
        interface $Properties {

            /** GitRepoRecord remoteUrl */
            remoteUrl?: (string|null);

            /** GitRepoRecord commit */
            commit?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a GitRepoRecord. */
        type $Shape = wandb_internal.GitRepoRecord.$Properties;
    }

    /**
     * Properties of a RunUpdateResult.
     * @deprecated Use wandb_internal.RunUpdateResult.$Properties instead.
     */
    interface IRunUpdateResult extends wandb_internal.RunUpdateResult.$Properties {
    }

    /** Represents a RunUpdateResult. */
    class RunUpdateResult {

        /**
         * Constructs a new RunUpdateResult.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.RunUpdateResult.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** RunUpdateResult run. */
        run?: (wandb_internal.RunRecord.$Properties|null);

        /** RunUpdateResult error. */
        error?: (wandb_internal.ErrorInfo.$Properties|null);

        /**
         * Creates a new RunUpdateResult instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RunUpdateResult instance
         */
        static create(properties: wandb_internal.RunUpdateResult.$Shape): wandb_internal.RunUpdateResult & wandb_internal.RunUpdateResult.$Shape;
        static create(properties?: wandb_internal.RunUpdateResult.$Properties): wandb_internal.RunUpdateResult;

        /**
         * Encodes the specified RunUpdateResult message. Does not implicitly {@link wandb_internal.RunUpdateResult.verify|verify} messages.
         * @param message RunUpdateResult message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.RunUpdateResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RunUpdateResult message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.RunUpdateResult & wandb_internal.RunUpdateResult.$Shape} RunUpdateResult
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.RunUpdateResult & wandb_internal.RunUpdateResult.$Shape;
    }

    namespace RunUpdateResult {

        /** Properties of a RunUpdateResult. */
        interface $Properties {

            /** RunUpdateResult run */
            run?: (wandb_internal.RunRecord.$Properties|null);

            /** RunUpdateResult error */
            error?: (wandb_internal.ErrorInfo.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a RunUpdateResult. */
        type $Shape = wandb_internal.RunUpdateResult.$Properties;
    }

    /**
     * Properties of an ErrorInfo.
     * @deprecated Use wandb_internal.ErrorInfo.$Properties instead.
     */
    interface IErrorInfo extends wandb_internal.ErrorInfo.$Properties {
    }

    /** Represents an ErrorInfo. */
    class ErrorInfo {

        /**
         * Constructs a new ErrorInfo.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.ErrorInfo.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ErrorInfo message. */
        message: string;

        /** ErrorInfo code. */
        code: wandb_internal.ErrorInfo.ErrorCode;

        /**
         * Creates a new ErrorInfo instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ErrorInfo instance
         */
        static create(properties: wandb_internal.ErrorInfo.$Shape): wandb_internal.ErrorInfo & wandb_internal.ErrorInfo.$Shape;
        static create(properties?: wandb_internal.ErrorInfo.$Properties): wandb_internal.ErrorInfo;

        /**
         * Encodes the specified ErrorInfo message. Does not implicitly {@link wandb_internal.ErrorInfo.verify|verify} messages.
         * @param message ErrorInfo message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.ErrorInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an ErrorInfo message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.ErrorInfo & wandb_internal.ErrorInfo.$Shape} ErrorInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.ErrorInfo & wandb_internal.ErrorInfo.$Shape;
    }

    namespace ErrorInfo {

        /** Properties of an ErrorInfo. */
        interface $Properties {

            /** ErrorInfo message */
            message?: (string|null);

            /** ErrorInfo code */
            code?: (wandb_internal.ErrorInfo.ErrorCode|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an ErrorInfo. */
        type $Shape = wandb_internal.ErrorInfo.$Properties;

        /** ErrorCode enum. */
        enum ErrorCode {

            /** UNKNOWN value */
            UNKNOWN = 0,

            /** COMMUNICATION value */
            COMMUNICATION = 1,

            /** AUTHENTICATION value */
            AUTHENTICATION = 2,

            /** USAGE value */
            USAGE = 3,

            /** UNSUPPORTED value */
            UNSUPPORTED = 4
        }
    }

    /**
     * Properties of a SettingsRecord.
     * @deprecated Use wandb_internal.SettingsRecord.$Properties instead.
     */
    interface ISettingsRecord extends wandb_internal.SettingsRecord.$Properties {
    }

    /** Represents a SettingsRecord. */
    class SettingsRecord {

        /**
         * Constructs a new SettingsRecord.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.SettingsRecord.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SettingsRecord item. */
        item: wandb_internal.SettingsItem.$Properties[];

        /** SettingsRecord _info. */
        _info?: (wandb_internal._RecordInfo.$Properties|null);

        /**
         * Creates a new SettingsRecord instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SettingsRecord instance
         */
        static create(properties: wandb_internal.SettingsRecord.$Shape): wandb_internal.SettingsRecord & wandb_internal.SettingsRecord.$Shape;
        static create(properties?: wandb_internal.SettingsRecord.$Properties): wandb_internal.SettingsRecord;

        /**
         * Encodes the specified SettingsRecord message. Does not implicitly {@link wandb_internal.SettingsRecord.verify|verify} messages.
         * @param message SettingsRecord message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.SettingsRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SettingsRecord message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.SettingsRecord & wandb_internal.SettingsRecord.$Shape} SettingsRecord
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.SettingsRecord & wandb_internal.SettingsRecord.$Shape;
    }

    namespace SettingsRecord {

        /** Properties of a SettingsRecord. */
        interface $Properties {

            /** SettingsRecord item */
            item?: (wandb_internal.SettingsItem.$Properties[]|null);

            /** SettingsRecord _info */
            _info?: (wandb_internal._RecordInfo.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SettingsRecord. */
        type $Shape = wandb_internal.SettingsRecord.$Properties;
    }

    /**
     * Properties of a SettingsItem.
     * @deprecated Use wandb_internal.SettingsItem.$Properties instead.
     */
    interface ISettingsItem extends wandb_internal.SettingsItem.$Properties {
    }

    /** Represents a SettingsItem. */
    class SettingsItem {

        /**
         * Constructs a new SettingsItem.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.SettingsItem.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SettingsItem key. */
        key: string;

        /** SettingsItem valueJson. */
        valueJson: string;

        /**
         * Creates a new SettingsItem instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SettingsItem instance
         */
        static create(properties: wandb_internal.SettingsItem.$Shape): wandb_internal.SettingsItem & wandb_internal.SettingsItem.$Shape;
        static create(properties?: wandb_internal.SettingsItem.$Properties): wandb_internal.SettingsItem;

        /**
         * Encodes the specified SettingsItem message. Does not implicitly {@link wandb_internal.SettingsItem.verify|verify} messages.
         * @param message SettingsItem message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.SettingsItem.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SettingsItem message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.SettingsItem & wandb_internal.SettingsItem.$Shape} SettingsItem
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.SettingsItem & wandb_internal.SettingsItem.$Shape;
    }

    namespace SettingsItem {

        /** Properties of a SettingsItem. */
        interface $Properties {

            /** SettingsItem key */
            key?: (string|null);

            /** SettingsItem valueJson */
            valueJson?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SettingsItem. */
        type $Shape = wandb_internal.SettingsItem.$Properties;
    }

    /**
     * Properties of a LaunchWandbConfigParametersRecord.
     * @deprecated Use wandb_internal.LaunchWandbConfigParametersRecord.$Properties instead.
     */
    interface ILaunchWandbConfigParametersRecord extends wandb_internal.LaunchWandbConfigParametersRecord.$Properties {
    }

    /** Represents a LaunchWandbConfigParametersRecord. */
    class LaunchWandbConfigParametersRecord {

        /**
         * Constructs a new LaunchWandbConfigParametersRecord.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.LaunchWandbConfigParametersRecord.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** LaunchWandbConfigParametersRecord includePaths. */
        includePaths: wandb_internal.ConfigFilterPath.$Properties[];

        /** LaunchWandbConfigParametersRecord excludePaths. */
        excludePaths: wandb_internal.ConfigFilterPath.$Properties[];

        /**
         * Creates a new LaunchWandbConfigParametersRecord instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LaunchWandbConfigParametersRecord instance
         */
        static create(properties: wandb_internal.LaunchWandbConfigParametersRecord.$Shape): wandb_internal.LaunchWandbConfigParametersRecord & wandb_internal.LaunchWandbConfigParametersRecord.$Shape;
        static create(properties?: wandb_internal.LaunchWandbConfigParametersRecord.$Properties): wandb_internal.LaunchWandbConfigParametersRecord;

        /**
         * Encodes the specified LaunchWandbConfigParametersRecord message. Does not implicitly {@link wandb_internal.LaunchWandbConfigParametersRecord.verify|verify} messages.
         * @param message LaunchWandbConfigParametersRecord message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.LaunchWandbConfigParametersRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LaunchWandbConfigParametersRecord message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.LaunchWandbConfigParametersRecord & wandb_internal.LaunchWandbConfigParametersRecord.$Shape} LaunchWandbConfigParametersRecord
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.LaunchWandbConfigParametersRecord & wandb_internal.LaunchWandbConfigParametersRecord.$Shape;
    }

    namespace LaunchWandbConfigParametersRecord {

        /** Properties of a LaunchWandbConfigParametersRecord. */
        interface $Properties {

            /** LaunchWandbConfigParametersRecord includePaths */
            includePaths?: (wandb_internal.ConfigFilterPath.$Properties[]|null);

            /** LaunchWandbConfigParametersRecord excludePaths */
            excludePaths?: (wandb_internal.ConfigFilterPath.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a LaunchWandbConfigParametersRecord. */
        type $Shape = wandb_internal.LaunchWandbConfigParametersRecord.$Properties;
    }

    /**
     * Properties of a ConfigFilterPath.
     * @deprecated Use wandb_internal.ConfigFilterPath.$Properties instead.
     */
    interface IConfigFilterPath extends wandb_internal.ConfigFilterPath.$Properties {
    }

    /** Represents a ConfigFilterPath. */
    class ConfigFilterPath {

        /**
         * Constructs a new ConfigFilterPath.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.ConfigFilterPath.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ConfigFilterPath path. */
        path: string[];

        /**
         * Creates a new ConfigFilterPath instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ConfigFilterPath instance
         */
        static create(properties: wandb_internal.ConfigFilterPath.$Shape): wandb_internal.ConfigFilterPath & wandb_internal.ConfigFilterPath.$Shape;
        static create(properties?: wandb_internal.ConfigFilterPath.$Properties): wandb_internal.ConfigFilterPath;

        /**
         * Encodes the specified ConfigFilterPath message. Does not implicitly {@link wandb_internal.ConfigFilterPath.verify|verify} messages.
         * @param message ConfigFilterPath message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.ConfigFilterPath.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ConfigFilterPath message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.ConfigFilterPath & wandb_internal.ConfigFilterPath.$Shape} ConfigFilterPath
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.ConfigFilterPath & wandb_internal.ConfigFilterPath.$Shape;
    }

    namespace ConfigFilterPath {

        /** Properties of a ConfigFilterPath. */
        interface $Properties {

            /** ConfigFilterPath path */
            path?: (string[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ConfigFilterPath. */
        type $Shape = wandb_internal.ConfigFilterPath.$Properties;
    }

    /**
     * Properties of a HistoryRecord.
     * @deprecated Use wandb_internal.HistoryRecord.$Properties instead.
     */
    interface IHistoryRecord extends wandb_internal.HistoryRecord.$Properties {
    }

    /** Represents a HistoryRecord. */
    class HistoryRecord {

        /**
         * Constructs a new HistoryRecord.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.HistoryRecord.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** HistoryRecord item. */
        item: wandb_internal.HistoryItem.$Properties[];

        /** HistoryRecord step. */
        step?: (wandb_internal.HistoryStep.$Properties|null);

        /** HistoryRecord _info. */
        _info?: (wandb_internal._RecordInfo.$Properties|null);

        /**
         * Creates a new HistoryRecord instance using the specified properties.
         * @param [properties] Properties to set
         * @returns HistoryRecord instance
         */
        static create(properties: wandb_internal.HistoryRecord.$Shape): wandb_internal.HistoryRecord & wandb_internal.HistoryRecord.$Shape;
        static create(properties?: wandb_internal.HistoryRecord.$Properties): wandb_internal.HistoryRecord;

        /**
         * Encodes the specified HistoryRecord message. Does not implicitly {@link wandb_internal.HistoryRecord.verify|verify} messages.
         * @param message HistoryRecord message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.HistoryRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a HistoryRecord message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.HistoryRecord & wandb_internal.HistoryRecord.$Shape} HistoryRecord
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.HistoryRecord & wandb_internal.HistoryRecord.$Shape;
    }

    namespace HistoryRecord {

        /** Properties of a HistoryRecord. */
        interface $Properties {

            /** HistoryRecord item */
            item?: (wandb_internal.HistoryItem.$Properties[]|null);

            /** HistoryRecord step */
            step?: (wandb_internal.HistoryStep.$Properties|null);

            /** HistoryRecord _info */
            _info?: (wandb_internal._RecordInfo.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a HistoryRecord. */
        type $Shape = wandb_internal.HistoryRecord.$Properties;
    }

    /**
     * Properties of a HistoryStep.
     * @deprecated Use wandb_internal.HistoryStep.$Properties instead.
     */
    interface IHistoryStep extends wandb_internal.HistoryStep.$Properties {
    }

    /** Represents a HistoryStep. */
    class HistoryStep {

        /**
         * Constructs a new HistoryStep.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.HistoryStep.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** HistoryStep num. */
        num: number;

        /**
         * Creates a new HistoryStep instance using the specified properties.
         * @param [properties] Properties to set
         * @returns HistoryStep instance
         */
        static create(properties: wandb_internal.HistoryStep.$Shape): wandb_internal.HistoryStep & wandb_internal.HistoryStep.$Shape;
        static create(properties?: wandb_internal.HistoryStep.$Properties): wandb_internal.HistoryStep;

        /**
         * Encodes the specified HistoryStep message. Does not implicitly {@link wandb_internal.HistoryStep.verify|verify} messages.
         * @param message HistoryStep message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.HistoryStep.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a HistoryStep message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.HistoryStep & wandb_internal.HistoryStep.$Shape} HistoryStep
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.HistoryStep & wandb_internal.HistoryStep.$Shape;
    }

    namespace HistoryStep {

        /** Properties of a HistoryStep. */
        interface $Properties {

            /** HistoryStep num */
            num?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a HistoryStep. */
        type $Shape = wandb_internal.HistoryStep.$Properties;
    }

    /**
     * Properties of a HistoryItem.
     * @deprecated Use wandb_internal.HistoryItem.$Properties instead.
     */
    interface IHistoryItem extends wandb_internal.HistoryItem.$Properties {
    }

    /** Represents a HistoryItem. */
    class HistoryItem {

        /**
         * Constructs a new HistoryItem.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.HistoryItem.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** HistoryItem key. */
        key: string;

        /** HistoryItem nestedKey. */
        nestedKey: string[];

        /** HistoryItem valueJson. */
        valueJson: string;

        /**
         * Creates a new HistoryItem instance using the specified properties.
         * @param [properties] Properties to set
         * @returns HistoryItem instance
         */
        static create(properties: wandb_internal.HistoryItem.$Shape): wandb_internal.HistoryItem & wandb_internal.HistoryItem.$Shape;
        static create(properties?: wandb_internal.HistoryItem.$Properties): wandb_internal.HistoryItem;

        /**
         * Encodes the specified HistoryItem message. Does not implicitly {@link wandb_internal.HistoryItem.verify|verify} messages.
         * @param message HistoryItem message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.HistoryItem.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a HistoryItem message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.HistoryItem & wandb_internal.HistoryItem.$Shape} HistoryItem
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.HistoryItem & wandb_internal.HistoryItem.$Shape;
    }

    namespace HistoryItem {

        /** Properties of a HistoryItem. */
        interface $Properties {

            /** HistoryItem key */
            key?: (string|null);

            /** HistoryItem nestedKey */
            nestedKey?: (string[]|null);

            /** HistoryItem valueJson */
            valueJson?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a HistoryItem. */
        type $Shape = wandb_internal.HistoryItem.$Properties;
    }

    /**
     * Properties of a HistoryResult.
     * @deprecated Use wandb_internal.HistoryResult.$Properties instead.
     */
    interface IHistoryResult extends wandb_internal.HistoryResult.$Properties {
    }

    /** Represents a HistoryResult. */
    class HistoryResult {

        /**
         * Constructs a new HistoryResult.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.HistoryResult.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /**
         * Creates a new HistoryResult instance using the specified properties.
         * @param [properties] Properties to set
         * @returns HistoryResult instance
         */
        static create(properties: wandb_internal.HistoryResult.$Shape): wandb_internal.HistoryResult & wandb_internal.HistoryResult.$Shape;
        static create(properties?: wandb_internal.HistoryResult.$Properties): wandb_internal.HistoryResult;

        /**
         * Encodes the specified HistoryResult message. Does not implicitly {@link wandb_internal.HistoryResult.verify|verify} messages.
         * @param message HistoryResult message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.HistoryResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a HistoryResult message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.HistoryResult & wandb_internal.HistoryResult.$Shape} HistoryResult
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.HistoryResult & wandb_internal.HistoryResult.$Shape;
    }

    namespace HistoryResult {

        /** Properties of a HistoryResult. */
        interface $Properties {

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a HistoryResult. */
        type $Shape = wandb_internal.HistoryResult.$Properties;
    }

    /**
     * Properties of a SummaryRecord.
     * @deprecated Use wandb_internal.SummaryRecord.$Properties instead.
     */
    interface ISummaryRecord extends wandb_internal.SummaryRecord.$Properties {
    }

    /** Represents a SummaryRecord. */
    class SummaryRecord {

        /**
         * Constructs a new SummaryRecord.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.SummaryRecord.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SummaryRecord update. */
        update: wandb_internal.SummaryItem.$Properties[];

        /** SummaryRecord remove. */
        remove: wandb_internal.SummaryItem.$Properties[];

        /** SummaryRecord _info. */
        _info?: (wandb_internal._RecordInfo.$Properties|null);

        /**
         * Creates a new SummaryRecord instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SummaryRecord instance
         */
        static create(properties: wandb_internal.SummaryRecord.$Shape): wandb_internal.SummaryRecord & wandb_internal.SummaryRecord.$Shape;
        static create(properties?: wandb_internal.SummaryRecord.$Properties): wandb_internal.SummaryRecord;

        /**
         * Encodes the specified SummaryRecord message. Does not implicitly {@link wandb_internal.SummaryRecord.verify|verify} messages.
         * @param message SummaryRecord message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.SummaryRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SummaryRecord message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.SummaryRecord & wandb_internal.SummaryRecord.$Shape} SummaryRecord
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.SummaryRecord & wandb_internal.SummaryRecord.$Shape;
    }

    namespace SummaryRecord {

        /** Properties of a SummaryRecord. */
        interface $Properties {

            /** SummaryRecord update */
            update?: (wandb_internal.SummaryItem.$Properties[]|null);

            /** SummaryRecord remove */
            remove?: (wandb_internal.SummaryItem.$Properties[]|null);

            /** SummaryRecord _info */
            _info?: (wandb_internal._RecordInfo.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SummaryRecord. */
        type $Shape = wandb_internal.SummaryRecord.$Properties;
    }

    /**
     * Properties of a SummaryItem.
     * @deprecated Use wandb_internal.SummaryItem.$Properties instead.
     */
    interface ISummaryItem extends wandb_internal.SummaryItem.$Properties {
    }

    /** Represents a SummaryItem. */
    class SummaryItem {

        /**
         * Constructs a new SummaryItem.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.SummaryItem.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SummaryItem key. */
        key: string;

        /** SummaryItem nestedKey. */
        nestedKey: string[];

        /** SummaryItem valueJson. */
        valueJson: string;

        /**
         * Creates a new SummaryItem instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SummaryItem instance
         */
        static create(properties: wandb_internal.SummaryItem.$Shape): wandb_internal.SummaryItem & wandb_internal.SummaryItem.$Shape;
        static create(properties?: wandb_internal.SummaryItem.$Properties): wandb_internal.SummaryItem;

        /**
         * Encodes the specified SummaryItem message. Does not implicitly {@link wandb_internal.SummaryItem.verify|verify} messages.
         * @param message SummaryItem message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.SummaryItem.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SummaryItem message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.SummaryItem & wandb_internal.SummaryItem.$Shape} SummaryItem
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.SummaryItem & wandb_internal.SummaryItem.$Shape;
    }

    namespace SummaryItem {

        /** Properties of a SummaryItem. */
        interface $Properties {

            /** SummaryItem key */
            key?: (string|null);

            /** SummaryItem nestedKey */
            nestedKey?: (string[]|null);

            /** SummaryItem valueJson */
            valueJson?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SummaryItem. */
        type $Shape = wandb_internal.SummaryItem.$Properties;
    }

    /**
     * Properties of a SummaryResult.
     * @deprecated Use wandb_internal.SummaryResult.$Properties instead.
     */
    interface ISummaryResult extends wandb_internal.SummaryResult.$Properties {
    }

    /** Represents a SummaryResult. */
    class SummaryResult {

        /**
         * Constructs a new SummaryResult.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.SummaryResult.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /**
         * Creates a new SummaryResult instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SummaryResult instance
         */
        static create(properties: wandb_internal.SummaryResult.$Shape): wandb_internal.SummaryResult & wandb_internal.SummaryResult.$Shape;
        static create(properties?: wandb_internal.SummaryResult.$Properties): wandb_internal.SummaryResult;

        /**
         * Encodes the specified SummaryResult message. Does not implicitly {@link wandb_internal.SummaryResult.verify|verify} messages.
         * @param message SummaryResult message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.SummaryResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SummaryResult message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.SummaryResult & wandb_internal.SummaryResult.$Shape} SummaryResult
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.SummaryResult & wandb_internal.SummaryResult.$Shape;
    }

    namespace SummaryResult {

        /** Properties of a SummaryResult. */
        interface $Properties {

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SummaryResult. */
        type $Shape = wandb_internal.SummaryResult.$Properties;
    }

    /**
     * Properties of a ConfigRecord.
     * @deprecated Use wandb_internal.ConfigRecord.$Properties instead.
     */
    interface IConfigRecord extends wandb_internal.ConfigRecord.$Properties {
    }

    /** Represents a ConfigRecord. */
    class ConfigRecord {

        /**
         * Constructs a new ConfigRecord.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.ConfigRecord.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ConfigRecord update. */
        update: wandb_internal.ConfigItem.$Properties[];

        /** ConfigRecord remove. */
        remove: wandb_internal.ConfigItem.$Properties[];

        /** ConfigRecord _info. */
        _info?: (wandb_internal._RecordInfo.$Properties|null);

        /**
         * Creates a new ConfigRecord instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ConfigRecord instance
         */
        static create(properties: wandb_internal.ConfigRecord.$Shape): wandb_internal.ConfigRecord & wandb_internal.ConfigRecord.$Shape;
        static create(properties?: wandb_internal.ConfigRecord.$Properties): wandb_internal.ConfigRecord;

        /**
         * Encodes the specified ConfigRecord message. Does not implicitly {@link wandb_internal.ConfigRecord.verify|verify} messages.
         * @param message ConfigRecord message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.ConfigRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ConfigRecord message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.ConfigRecord & wandb_internal.ConfigRecord.$Shape} ConfigRecord
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.ConfigRecord & wandb_internal.ConfigRecord.$Shape;
    }

    namespace ConfigRecord {

        /** Properties of a ConfigRecord. */
        interface $Properties {

            /** ConfigRecord update */
            update?: (wandb_internal.ConfigItem.$Properties[]|null);

            /** ConfigRecord remove */
            remove?: (wandb_internal.ConfigItem.$Properties[]|null);

            /** ConfigRecord _info */
            _info?: (wandb_internal._RecordInfo.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ConfigRecord. */
        type $Shape = wandb_internal.ConfigRecord.$Properties;
    }

    /**
     * Properties of a ConfigItem.
     * @deprecated Use wandb_internal.ConfigItem.$Properties instead.
     */
    interface IConfigItem extends wandb_internal.ConfigItem.$Properties {
    }

    /** Represents a ConfigItem. */
    class ConfigItem {

        /**
         * Constructs a new ConfigItem.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.ConfigItem.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ConfigItem key. */
        key: string;

        /** ConfigItem nestedKey. */
        nestedKey: string[];

        /** ConfigItem valueJson. */
        valueJson: string;

        /**
         * Creates a new ConfigItem instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ConfigItem instance
         */
        static create(properties: wandb_internal.ConfigItem.$Shape): wandb_internal.ConfigItem & wandb_internal.ConfigItem.$Shape;
        static create(properties?: wandb_internal.ConfigItem.$Properties): wandb_internal.ConfigItem;

        /**
         * Encodes the specified ConfigItem message. Does not implicitly {@link wandb_internal.ConfigItem.verify|verify} messages.
         * @param message ConfigItem message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.ConfigItem.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ConfigItem message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.ConfigItem & wandb_internal.ConfigItem.$Shape} ConfigItem
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.ConfigItem & wandb_internal.ConfigItem.$Shape;
    }

    namespace ConfigItem {

        /** Properties of a ConfigItem. */
        interface $Properties {

            /** ConfigItem key */
            key?: (string|null);

            /** ConfigItem nestedKey */
            nestedKey?: (string[]|null);

            /** ConfigItem valueJson */
            valueJson?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ConfigItem. */
        type $Shape = wandb_internal.ConfigItem.$Properties;
    }

    /**
     * Properties of a ConfigResult.
     * @deprecated Use wandb_internal.ConfigResult.$Properties instead.
     */
    interface IConfigResult extends wandb_internal.ConfigResult.$Properties {
    }

    /** Represents a ConfigResult. */
    class ConfigResult {

        /**
         * Constructs a new ConfigResult.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.ConfigResult.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /**
         * Creates a new ConfigResult instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ConfigResult instance
         */
        static create(properties: wandb_internal.ConfigResult.$Shape): wandb_internal.ConfigResult & wandb_internal.ConfigResult.$Shape;
        static create(properties?: wandb_internal.ConfigResult.$Properties): wandb_internal.ConfigResult;

        /**
         * Encodes the specified ConfigResult message. Does not implicitly {@link wandb_internal.ConfigResult.verify|verify} messages.
         * @param message ConfigResult message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.ConfigResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ConfigResult message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.ConfigResult & wandb_internal.ConfigResult.$Shape} ConfigResult
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.ConfigResult & wandb_internal.ConfigResult.$Shape;
    }

    namespace ConfigResult {

        /** Properties of a ConfigResult. */
        interface $Properties {

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ConfigResult. */
        type $Shape = wandb_internal.ConfigResult.$Properties;
    }

    /**
     * Properties of an OutputRecord.
     * @deprecated Use wandb_internal.OutputRecord.$Properties instead.
     */
    interface IOutputRecord extends wandb_internal.OutputRecord.$Properties {
    }

    /** Represents an OutputRecord. */
    class OutputRecord {

        /**
         * Constructs a new OutputRecord.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.OutputRecord.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** OutputRecord outputType. */
        outputType: wandb_internal.OutputRecord.OutputType;

        /** OutputRecord timestamp. */
        timestamp?: (google.protobuf.Timestamp.$Properties|null);

        /** OutputRecord line. */
        line: string;

        /** OutputRecord _info. */
        _info?: (wandb_internal._RecordInfo.$Properties|null);

        /**
         * Creates a new OutputRecord instance using the specified properties.
         * @param [properties] Properties to set
         * @returns OutputRecord instance
         */
        static create(properties: wandb_internal.OutputRecord.$Shape): wandb_internal.OutputRecord & wandb_internal.OutputRecord.$Shape;
        static create(properties?: wandb_internal.OutputRecord.$Properties): wandb_internal.OutputRecord;

        /**
         * Encodes the specified OutputRecord message. Does not implicitly {@link wandb_internal.OutputRecord.verify|verify} messages.
         * @param message OutputRecord message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.OutputRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an OutputRecord message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.OutputRecord & wandb_internal.OutputRecord.$Shape} OutputRecord
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.OutputRecord & wandb_internal.OutputRecord.$Shape;
    }

    namespace OutputRecord {

        /** Properties of an OutputRecord. */
        interface $Properties {

            /** OutputRecord outputType */
            outputType?: (wandb_internal.OutputRecord.OutputType|null);

            /** OutputRecord timestamp */
            timestamp?: (google.protobuf.Timestamp.$Properties|null);

            /** OutputRecord line */
            line?: (string|null);

            /** OutputRecord _info */
            _info?: (wandb_internal._RecordInfo.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an OutputRecord. */
        type $Shape = wandb_internal.OutputRecord.$Properties;

        /** OutputType enum. */
        enum OutputType {

            /** STDERR value */
            STDERR = 0,

            /** STDOUT value */
            STDOUT = 1
        }
    }

    /**
     * Properties of an OutputResult.
     * @deprecated Use wandb_internal.OutputResult.$Properties instead.
     */
    interface IOutputResult extends wandb_internal.OutputResult.$Properties {
    }

    /** Represents an OutputResult. */
    class OutputResult {

        /**
         * Constructs a new OutputResult.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.OutputResult.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /**
         * Creates a new OutputResult instance using the specified properties.
         * @param [properties] Properties to set
         * @returns OutputResult instance
         */
        static create(properties: wandb_internal.OutputResult.$Shape): wandb_internal.OutputResult & wandb_internal.OutputResult.$Shape;
        static create(properties?: wandb_internal.OutputResult.$Properties): wandb_internal.OutputResult;

        /**
         * Encodes the specified OutputResult message. Does not implicitly {@link wandb_internal.OutputResult.verify|verify} messages.
         * @param message OutputResult message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.OutputResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an OutputResult message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.OutputResult & wandb_internal.OutputResult.$Shape} OutputResult
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.OutputResult & wandb_internal.OutputResult.$Shape;
    }

    namespace OutputResult {

        /** Properties of an OutputResult. */
        interface $Properties {

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an OutputResult. */
        type $Shape = wandb_internal.OutputResult.$Properties;
    }

    /**
     * Properties of an OutputRawRecord.
     * @deprecated Use wandb_internal.OutputRawRecord.$Properties instead.
     */
    interface IOutputRawRecord extends wandb_internal.OutputRawRecord.$Properties {
    }

    /** Represents an OutputRawRecord. */
    class OutputRawRecord {

        /**
         * Constructs a new OutputRawRecord.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.OutputRawRecord.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** OutputRawRecord outputType. */
        outputType: wandb_internal.OutputRawRecord.OutputType;

        /** OutputRawRecord timestamp. */
        timestamp?: (google.protobuf.Timestamp.$Properties|null);

        /** OutputRawRecord line. */
        line: string;

        /** OutputRawRecord _info. */
        _info?: (wandb_internal._RecordInfo.$Properties|null);

        /**
         * Creates a new OutputRawRecord instance using the specified properties.
         * @param [properties] Properties to set
         * @returns OutputRawRecord instance
         */
        static create(properties: wandb_internal.OutputRawRecord.$Shape): wandb_internal.OutputRawRecord & wandb_internal.OutputRawRecord.$Shape;
        static create(properties?: wandb_internal.OutputRawRecord.$Properties): wandb_internal.OutputRawRecord;

        /**
         * Encodes the specified OutputRawRecord message. Does not implicitly {@link wandb_internal.OutputRawRecord.verify|verify} messages.
         * @param message OutputRawRecord message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.OutputRawRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an OutputRawRecord message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.OutputRawRecord & wandb_internal.OutputRawRecord.$Shape} OutputRawRecord
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.OutputRawRecord & wandb_internal.OutputRawRecord.$Shape;
    }

    namespace OutputRawRecord {

        /** Properties of an OutputRawRecord. */
        interface $Properties {

            /** OutputRawRecord outputType */
            outputType?: (wandb_internal.OutputRawRecord.OutputType|null);

            /** OutputRawRecord timestamp */
            timestamp?: (google.protobuf.Timestamp.$Properties|null);

            /** OutputRawRecord line */
            line?: (string|null);

            /** OutputRawRecord _info */
            _info?: (wandb_internal._RecordInfo.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an OutputRawRecord. */
        type $Shape = wandb_internal.OutputRawRecord.$Properties;

        /** OutputType enum. */
        enum OutputType {

            /** STDERR value */
            STDERR = 0,

            /** STDOUT value */
            STDOUT = 1
        }
    }

    /**
     * Properties of an OutputRawResult.
     * @deprecated Use wandb_internal.OutputRawResult.$Properties instead.
     */
    interface IOutputRawResult extends wandb_internal.OutputRawResult.$Properties {
    }

    /** Represents an OutputRawResult. */
    class OutputRawResult {

        /**
         * Constructs a new OutputRawResult.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.OutputRawResult.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /**
         * Creates a new OutputRawResult instance using the specified properties.
         * @param [properties] Properties to set
         * @returns OutputRawResult instance
         */
        static create(properties: wandb_internal.OutputRawResult.$Shape): wandb_internal.OutputRawResult & wandb_internal.OutputRawResult.$Shape;
        static create(properties?: wandb_internal.OutputRawResult.$Properties): wandb_internal.OutputRawResult;

        /**
         * Encodes the specified OutputRawResult message. Does not implicitly {@link wandb_internal.OutputRawResult.verify|verify} messages.
         * @param message OutputRawResult message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.OutputRawResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an OutputRawResult message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.OutputRawResult & wandb_internal.OutputRawResult.$Shape} OutputRawResult
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.OutputRawResult & wandb_internal.OutputRawResult.$Shape;
    }

    namespace OutputRawResult {

        /** Properties of an OutputRawResult. */
        interface $Properties {

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an OutputRawResult. */
        type $Shape = wandb_internal.OutputRawResult.$Properties;
    }

    /**
     * Properties of an OutputLoggerRecord.
     * @deprecated Use wandb_internal.OutputLoggerRecord.$Properties instead.
     */
    interface IOutputLoggerRecord extends wandb_internal.OutputLoggerRecord.$Properties {
    }

    /** Represents an OutputLoggerRecord. */
    class OutputLoggerRecord {

        /**
         * Constructs a new OutputLoggerRecord.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.OutputLoggerRecord.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** OutputLoggerRecord line. */
        line: string;

        /**
         * Creates a new OutputLoggerRecord instance using the specified properties.
         * @param [properties] Properties to set
         * @returns OutputLoggerRecord instance
         */
        static create(properties: wandb_internal.OutputLoggerRecord.$Shape): wandb_internal.OutputLoggerRecord & wandb_internal.OutputLoggerRecord.$Shape;
        static create(properties?: wandb_internal.OutputLoggerRecord.$Properties): wandb_internal.OutputLoggerRecord;

        /**
         * Encodes the specified OutputLoggerRecord message. Does not implicitly {@link wandb_internal.OutputLoggerRecord.verify|verify} messages.
         * @param message OutputLoggerRecord message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.OutputLoggerRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an OutputLoggerRecord message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.OutputLoggerRecord & wandb_internal.OutputLoggerRecord.$Shape} OutputLoggerRecord
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.OutputLoggerRecord & wandb_internal.OutputLoggerRecord.$Shape;
    }

    namespace OutputLoggerRecord {

        /** Properties of an OutputLoggerRecord. */
        interface $Properties {

            /** OutputLoggerRecord line */
            line?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an OutputLoggerRecord. */
        type $Shape = wandb_internal.OutputLoggerRecord.$Properties;
    }

    /**
     * Properties of a MetricRecord.
     * @deprecated Use wandb_internal.MetricRecord.$Properties instead.
     */
    interface IMetricRecord extends wandb_internal.MetricRecord.$Properties {
    }

    /** Represents a MetricRecord. */
    class MetricRecord {

        /**
         * Constructs a new MetricRecord.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.MetricRecord.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** MetricRecord name. */
        name: string;

        /** MetricRecord globName. */
        globName: string;

        /** MetricRecord stepMetric. */
        stepMetric: string;

        /** MetricRecord stepMetricIndex. */
        stepMetricIndex: number;

        /** MetricRecord options. */
        options?: (wandb_internal.MetricOptions.$Properties|null);

        /** MetricRecord summary. */
        summary?: (wandb_internal.MetricSummary.$Properties|null);

        /** MetricRecord goal. */
        goal: wandb_internal.MetricRecord.MetricGoal;

        /** MetricRecord _control. */
        _control?: (wandb_internal.MetricControl.$Properties|null);

        /** MetricRecord expandedFromGlob. */
        expandedFromGlob: boolean;

        /** MetricRecord _info. */
        _info?: (wandb_internal._RecordInfo.$Properties|null);

        /**
         * Creates a new MetricRecord instance using the specified properties.
         * @param [properties] Properties to set
         * @returns MetricRecord instance
         */
        static create(properties: wandb_internal.MetricRecord.$Shape): wandb_internal.MetricRecord & wandb_internal.MetricRecord.$Shape;
        static create(properties?: wandb_internal.MetricRecord.$Properties): wandb_internal.MetricRecord;

        /**
         * Encodes the specified MetricRecord message. Does not implicitly {@link wandb_internal.MetricRecord.verify|verify} messages.
         * @param message MetricRecord message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.MetricRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MetricRecord message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.MetricRecord & wandb_internal.MetricRecord.$Shape} MetricRecord
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.MetricRecord & wandb_internal.MetricRecord.$Shape;
    }

    namespace MetricRecord {

        /** Properties of a MetricRecord. */
        interface $Properties {

            /** MetricRecord name */
            name?: (string|null);

            /** MetricRecord globName */
            globName?: (string|null);

            /** MetricRecord stepMetric */
            stepMetric?: (string|null);

            /** MetricRecord stepMetricIndex */
            stepMetricIndex?: (number|null);

            /** MetricRecord options */
            options?: (wandb_internal.MetricOptions.$Properties|null);

            /** MetricRecord summary */
            summary?: (wandb_internal.MetricSummary.$Properties|null);

            /** MetricRecord goal */
            goal?: (wandb_internal.MetricRecord.MetricGoal|null);

            /** MetricRecord _control */
            _control?: (wandb_internal.MetricControl.$Properties|null);

            /** MetricRecord expandedFromGlob */
            expandedFromGlob?: (boolean|null);

            /** MetricRecord _info */
            _info?: (wandb_internal._RecordInfo.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a MetricRecord. */
        type $Shape = wandb_internal.MetricRecord.$Properties;

        /** MetricGoal enum. */
        enum MetricGoal {

            /** GOAL_UNSET value */
            GOAL_UNSET = 0,

            /** GOAL_MINIMIZE value */
            GOAL_MINIMIZE = 1,

            /** GOAL_MAXIMIZE value */
            GOAL_MAXIMIZE = 2
        }
    }

    /**
     * Properties of a MetricResult.
     * @deprecated Use wandb_internal.MetricResult.$Properties instead.
     */
    interface IMetricResult extends wandb_internal.MetricResult.$Properties {
    }

    /** Represents a MetricResult. */
    class MetricResult {

        /**
         * Constructs a new MetricResult.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.MetricResult.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /**
         * Creates a new MetricResult instance using the specified properties.
         * @param [properties] Properties to set
         * @returns MetricResult instance
         */
        static create(properties: wandb_internal.MetricResult.$Shape): wandb_internal.MetricResult & wandb_internal.MetricResult.$Shape;
        static create(properties?: wandb_internal.MetricResult.$Properties): wandb_internal.MetricResult;

        /**
         * Encodes the specified MetricResult message. Does not implicitly {@link wandb_internal.MetricResult.verify|verify} messages.
         * @param message MetricResult message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.MetricResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MetricResult message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.MetricResult & wandb_internal.MetricResult.$Shape} MetricResult
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.MetricResult & wandb_internal.MetricResult.$Shape;
    }

    namespace MetricResult {

        /** Properties of a MetricResult. */
        interface $Properties {

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a MetricResult. */
        type $Shape = wandb_internal.MetricResult.$Properties;
    }

    /**
     * Properties of a MetricOptions.
     * @deprecated Use wandb_internal.MetricOptions.$Properties instead.
     */
    interface IMetricOptions extends wandb_internal.MetricOptions.$Properties {
    }

    /** Represents a MetricOptions. */
    class MetricOptions {

        /**
         * Constructs a new MetricOptions.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.MetricOptions.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** MetricOptions stepSync. */
        stepSync: boolean;

        /** MetricOptions hidden. */
        hidden: boolean;

        /** MetricOptions defined. */
        defined: boolean;

        /**
         * Creates a new MetricOptions instance using the specified properties.
         * @param [properties] Properties to set
         * @returns MetricOptions instance
         */
        static create(properties: wandb_internal.MetricOptions.$Shape): wandb_internal.MetricOptions & wandb_internal.MetricOptions.$Shape;
        static create(properties?: wandb_internal.MetricOptions.$Properties): wandb_internal.MetricOptions;

        /**
         * Encodes the specified MetricOptions message. Does not implicitly {@link wandb_internal.MetricOptions.verify|verify} messages.
         * @param message MetricOptions message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.MetricOptions.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MetricOptions message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.MetricOptions & wandb_internal.MetricOptions.$Shape} MetricOptions
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.MetricOptions & wandb_internal.MetricOptions.$Shape;
    }

    namespace MetricOptions {

        /** Properties of a MetricOptions. */
        interface $Properties {

            /** MetricOptions stepSync */
            stepSync?: (boolean|null);

            /** MetricOptions hidden */
            hidden?: (boolean|null);

            /** MetricOptions defined */
            defined?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a MetricOptions. */
        type $Shape = wandb_internal.MetricOptions.$Properties;
    }

    /**
     * Properties of a MetricControl.
     * @deprecated Use wandb_internal.MetricControl.$Properties instead.
     */
    interface IMetricControl extends wandb_internal.MetricControl.$Properties {
    }

    /** Represents a MetricControl. */
    class MetricControl {

        /**
         * Constructs a new MetricControl.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.MetricControl.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** MetricControl overwrite. */
        overwrite: boolean;

        /**
         * Creates a new MetricControl instance using the specified properties.
         * @param [properties] Properties to set
         * @returns MetricControl instance
         */
        static create(properties: wandb_internal.MetricControl.$Shape): wandb_internal.MetricControl & wandb_internal.MetricControl.$Shape;
        static create(properties?: wandb_internal.MetricControl.$Properties): wandb_internal.MetricControl;

        /**
         * Encodes the specified MetricControl message. Does not implicitly {@link wandb_internal.MetricControl.verify|verify} messages.
         * @param message MetricControl message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.MetricControl.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MetricControl message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.MetricControl & wandb_internal.MetricControl.$Shape} MetricControl
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.MetricControl & wandb_internal.MetricControl.$Shape;
    }

    namespace MetricControl {

        /** Properties of a MetricControl. */
        interface $Properties {

            /** MetricControl overwrite */
            overwrite?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a MetricControl. */
        type $Shape = wandb_internal.MetricControl.$Properties;
    }

    /**
     * Properties of a MetricSummary.
     * @deprecated Use wandb_internal.MetricSummary.$Properties instead.
     */
    interface IMetricSummary extends wandb_internal.MetricSummary.$Properties {
    }

    /** Represents a MetricSummary. */
    class MetricSummary {

        /**
         * Constructs a new MetricSummary.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.MetricSummary.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** MetricSummary min. */
        min: boolean;

        /** MetricSummary max. */
        max: boolean;

        /** MetricSummary mean. */
        mean: boolean;

        /** MetricSummary best. */
        best: boolean;

        /** MetricSummary last. */
        last: boolean;

        /** MetricSummary none. */
        none: boolean;

        /** MetricSummary copy. */
        copy: boolean;

        /** MetricSummary first. */
        first: boolean;

        /**
         * Creates a new MetricSummary instance using the specified properties.
         * @param [properties] Properties to set
         * @returns MetricSummary instance
         */
        static create(properties: wandb_internal.MetricSummary.$Shape): wandb_internal.MetricSummary & wandb_internal.MetricSummary.$Shape;
        static create(properties?: wandb_internal.MetricSummary.$Properties): wandb_internal.MetricSummary;

        /**
         * Encodes the specified MetricSummary message. Does not implicitly {@link wandb_internal.MetricSummary.verify|verify} messages.
         * @param message MetricSummary message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.MetricSummary.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MetricSummary message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.MetricSummary & wandb_internal.MetricSummary.$Shape} MetricSummary
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.MetricSummary & wandb_internal.MetricSummary.$Shape;
    }

    namespace MetricSummary {

        /** Properties of a MetricSummary. */
        interface $Properties {

            /** MetricSummary min */
            min?: (boolean|null);

            /** MetricSummary max */
            max?: (boolean|null);

            /** MetricSummary mean */
            mean?: (boolean|null);

            /** MetricSummary best */
            best?: (boolean|null);

            /** MetricSummary last */
            last?: (boolean|null);

            /** MetricSummary none */
            none?: (boolean|null);

            /** MetricSummary copy */
            copy?: (boolean|null);

            /** MetricSummary first */
            first?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a MetricSummary. */
        type $Shape = wandb_internal.MetricSummary.$Properties;
    }

    /**
     * Properties of a FilesRecord.
     * @deprecated Use wandb_internal.FilesRecord.$Properties instead.
     */
    interface IFilesRecord extends wandb_internal.FilesRecord.$Properties {
    }

    /** Represents a FilesRecord. */
    class FilesRecord {

        /**
         * Constructs a new FilesRecord.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.FilesRecord.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** FilesRecord files. */
        files: wandb_internal.FilesItem.$Properties[];

        /** FilesRecord _info. */
        _info?: (wandb_internal._RecordInfo.$Properties|null);

        /**
         * Creates a new FilesRecord instance using the specified properties.
         * @param [properties] Properties to set
         * @returns FilesRecord instance
         */
        static create(properties: wandb_internal.FilesRecord.$Shape): wandb_internal.FilesRecord & wandb_internal.FilesRecord.$Shape;
        static create(properties?: wandb_internal.FilesRecord.$Properties): wandb_internal.FilesRecord;

        /**
         * Encodes the specified FilesRecord message. Does not implicitly {@link wandb_internal.FilesRecord.verify|verify} messages.
         * @param message FilesRecord message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.FilesRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a FilesRecord message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.FilesRecord & wandb_internal.FilesRecord.$Shape} FilesRecord
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.FilesRecord & wandb_internal.FilesRecord.$Shape;
    }

    namespace FilesRecord {

        /** Properties of a FilesRecord. */
        interface $Properties {

            /** FilesRecord files */
            files?: (wandb_internal.FilesItem.$Properties[]|null);

            /** FilesRecord _info */
            _info?: (wandb_internal._RecordInfo.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a FilesRecord. */
        type $Shape = wandb_internal.FilesRecord.$Properties;
    }

    /**
     * Properties of a FilesItem.
     * @deprecated Use wandb_internal.FilesItem.$Properties instead.
     */
    interface IFilesItem extends wandb_internal.FilesItem.$Properties {
    }

    /** Represents a FilesItem. */
    class FilesItem {

        /**
         * Constructs a new FilesItem.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.FilesItem.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** FilesItem path. */
        path: string;

        /** FilesItem policy. */
        policy: wandb_internal.FilesItem.PolicyType;

        /** FilesItem type. */
        type: wandb_internal.FilesItem.FileType;

        /**
         * Creates a new FilesItem instance using the specified properties.
         * @param [properties] Properties to set
         * @returns FilesItem instance
         */
        static create(properties: wandb_internal.FilesItem.$Shape): wandb_internal.FilesItem & wandb_internal.FilesItem.$Shape;
        static create(properties?: wandb_internal.FilesItem.$Properties): wandb_internal.FilesItem;

        /**
         * Encodes the specified FilesItem message. Does not implicitly {@link wandb_internal.FilesItem.verify|verify} messages.
         * @param message FilesItem message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.FilesItem.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a FilesItem message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.FilesItem & wandb_internal.FilesItem.$Shape} FilesItem
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.FilesItem & wandb_internal.FilesItem.$Shape;
    }

    namespace FilesItem {

        /** Properties of a FilesItem. */
        interface $Properties {

            /** FilesItem path */
            path?: (string|null);

            /** FilesItem policy */
            policy?: (wandb_internal.FilesItem.PolicyType|null);

            /** FilesItem type */
            type?: (wandb_internal.FilesItem.FileType|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a FilesItem. */
        type $Shape = wandb_internal.FilesItem.$Properties;

        /** PolicyType enum. */
        enum PolicyType {

            /** NOW value */
            NOW = 0,

            /** END value */
            END = 1,

            /** LIVE value */
            LIVE = 2
        }

        /** FileType enum. */
        enum FileType {

            /** OTHER value */
            OTHER = 0,

            /** WANDB value */
            WANDB = 1,

            /** MEDIA value */
            MEDIA = 2,

            /** ARTIFACT value */
            ARTIFACT = 3
        }
    }

    /**
     * Properties of a FilesResult.
     * @deprecated Use wandb_internal.FilesResult.$Properties instead.
     */
    interface IFilesResult extends wandb_internal.FilesResult.$Properties {
    }

    /** Represents a FilesResult. */
    class FilesResult {

        /**
         * Constructs a new FilesResult.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.FilesResult.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /**
         * Creates a new FilesResult instance using the specified properties.
         * @param [properties] Properties to set
         * @returns FilesResult instance
         */
        static create(properties: wandb_internal.FilesResult.$Shape): wandb_internal.FilesResult & wandb_internal.FilesResult.$Shape;
        static create(properties?: wandb_internal.FilesResult.$Properties): wandb_internal.FilesResult;

        /**
         * Encodes the specified FilesResult message. Does not implicitly {@link wandb_internal.FilesResult.verify|verify} messages.
         * @param message FilesResult message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.FilesResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a FilesResult message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.FilesResult & wandb_internal.FilesResult.$Shape} FilesResult
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.FilesResult & wandb_internal.FilesResult.$Shape;
    }

    namespace FilesResult {

        /** Properties of a FilesResult. */
        interface $Properties {

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a FilesResult. */
        type $Shape = wandb_internal.FilesResult.$Properties;
    }

    /**
     * Properties of a StatsRecord.
     * @deprecated Use wandb_internal.StatsRecord.$Properties instead.
     */
    interface IStatsRecord extends wandb_internal.StatsRecord.$Properties {
    }

    /** Represents a StatsRecord. */
    class StatsRecord {

        /**
         * Constructs a new StatsRecord.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.StatsRecord.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** StatsRecord statsType. */
        statsType: wandb_internal.StatsRecord.StatsType;

        /** StatsRecord timestamp. */
        timestamp?: (google.protobuf.Timestamp.$Properties|null);

        /** StatsRecord item. */
        item: wandb_internal.StatsItem.$Properties[];

        /** StatsRecord _info. */
        _info?: (wandb_internal._RecordInfo.$Properties|null);

        /**
         * Creates a new StatsRecord instance using the specified properties.
         * @param [properties] Properties to set
         * @returns StatsRecord instance
         */
        static create(properties: wandb_internal.StatsRecord.$Shape): wandb_internal.StatsRecord & wandb_internal.StatsRecord.$Shape;
        static create(properties?: wandb_internal.StatsRecord.$Properties): wandb_internal.StatsRecord;

        /**
         * Encodes the specified StatsRecord message. Does not implicitly {@link wandb_internal.StatsRecord.verify|verify} messages.
         * @param message StatsRecord message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.StatsRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a StatsRecord message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.StatsRecord & wandb_internal.StatsRecord.$Shape} StatsRecord
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.StatsRecord & wandb_internal.StatsRecord.$Shape;
    }

    namespace StatsRecord {

        /** Properties of a StatsRecord. */
        interface $Properties {

            /** StatsRecord statsType */
            statsType?: (wandb_internal.StatsRecord.StatsType|null);

            /** StatsRecord timestamp */
            timestamp?: (google.protobuf.Timestamp.$Properties|null);

            /** StatsRecord item */
            item?: (wandb_internal.StatsItem.$Properties[]|null);

            /** StatsRecord _info */
            _info?: (wandb_internal._RecordInfo.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a StatsRecord. */
        type $Shape = wandb_internal.StatsRecord.$Properties;

        /** StatsType enum. */
        enum StatsType {

            /** SYSTEM value */
            SYSTEM = 0
        }
    }

    /**
     * Properties of a StatsItem.
     * @deprecated Use wandb_internal.StatsItem.$Properties instead.
     */
    interface IStatsItem extends wandb_internal.StatsItem.$Properties {
    }

    /** Represents a StatsItem. */
    class StatsItem {

        /**
         * Constructs a new StatsItem.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.StatsItem.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** StatsItem key. */
        key: string;

        /** StatsItem valueJson. */
        valueJson: string;

        /**
         * Creates a new StatsItem instance using the specified properties.
         * @param [properties] Properties to set
         * @returns StatsItem instance
         */
        static create(properties: wandb_internal.StatsItem.$Shape): wandb_internal.StatsItem & wandb_internal.StatsItem.$Shape;
        static create(properties?: wandb_internal.StatsItem.$Properties): wandb_internal.StatsItem;

        /**
         * Encodes the specified StatsItem message. Does not implicitly {@link wandb_internal.StatsItem.verify|verify} messages.
         * @param message StatsItem message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.StatsItem.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a StatsItem message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.StatsItem & wandb_internal.StatsItem.$Shape} StatsItem
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.StatsItem & wandb_internal.StatsItem.$Shape;
    }

    namespace StatsItem {

        /** Properties of a StatsItem. */
        interface $Properties {

            /** StatsItem key */
            key?: (string|null);

            /** StatsItem valueJson */
            valueJson?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a StatsItem. */
        type $Shape = wandb_internal.StatsItem.$Properties;
    }

    /**
     * Properties of a TBRecord.
     * @deprecated Use wandb_internal.TBRecord.$Properties instead.
     */
    interface ITBRecord extends wandb_internal.TBRecord.$Properties {
    }

    /** Represents a TBRecord. */
    class TBRecord {

        /**
         * Constructs a new TBRecord.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.TBRecord.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** TBRecord logDir. */
        logDir: string;

        /** TBRecord save. */
        save: boolean;

        /** TBRecord rootDir. */
        rootDir: string;

        /** TBRecord namespace. */
        namespace?: (string|null);

        /** TBRecord savePath. */
        savePath: string;

        /** TBRecord ignoreTimestamp. */
        ignoreTimestamp: boolean;

        /** TBRecord ignoreHostname. */
        ignoreHostname: boolean;

        /** TBRecord _info. */
        _info?: (wandb_internal._RecordInfo.$Properties|null);

        /**
         * Creates a new TBRecord instance using the specified properties.
         * @param [properties] Properties to set
         * @returns TBRecord instance
         */
        static create(properties: wandb_internal.TBRecord.$Shape): wandb_internal.TBRecord & wandb_internal.TBRecord.$Shape;
        static create(properties?: wandb_internal.TBRecord.$Properties): wandb_internal.TBRecord;

        /**
         * Encodes the specified TBRecord message. Does not implicitly {@link wandb_internal.TBRecord.verify|verify} messages.
         * @param message TBRecord message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.TBRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a TBRecord message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.TBRecord & wandb_internal.TBRecord.$Shape} TBRecord
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.TBRecord & wandb_internal.TBRecord.$Shape;
    }

    namespace TBRecord {

        /** Properties of a TBRecord. */
        interface $Properties {

            /** TBRecord logDir */
            logDir?: (string|null);

            /** TBRecord save */
            save?: (boolean|null);

            /** TBRecord rootDir */
            rootDir?: (string|null);

            /** TBRecord namespace */
            namespace?: (string|null);

            /** TBRecord savePath */
            savePath?: (string|null);

            /** TBRecord ignoreTimestamp */
            ignoreTimestamp?: (boolean|null);

            /** TBRecord ignoreHostname */
            ignoreHostname?: (boolean|null);

            /** TBRecord _info */
            _info?: (wandb_internal._RecordInfo.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a TBRecord. */
        type $Shape = wandb_internal.TBRecord.$Properties;
    }

    /**
     * Properties of a TBResult.
     * @deprecated Use wandb_internal.TBResult.$Properties instead.
     */
    interface ITBResult extends wandb_internal.TBResult.$Properties {
    }

    /** Represents a TBResult. */
    class TBResult {

        /**
         * Constructs a new TBResult.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.TBResult.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /**
         * Creates a new TBResult instance using the specified properties.
         * @param [properties] Properties to set
         * @returns TBResult instance
         */
        static create(properties: wandb_internal.TBResult.$Shape): wandb_internal.TBResult & wandb_internal.TBResult.$Shape;
        static create(properties?: wandb_internal.TBResult.$Properties): wandb_internal.TBResult;

        /**
         * Encodes the specified TBResult message. Does not implicitly {@link wandb_internal.TBResult.verify|verify} messages.
         * @param message TBResult message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.TBResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a TBResult message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.TBResult & wandb_internal.TBResult.$Shape} TBResult
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.TBResult & wandb_internal.TBResult.$Shape;
    }

    namespace TBResult {

        /** Properties of a TBResult. */
        interface $Properties {

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a TBResult. */
        type $Shape = wandb_internal.TBResult.$Properties;
    }

    /**
     * Properties of an AlertRecord.
     * @deprecated Use wandb_internal.AlertRecord.$Properties instead.
     */
    interface IAlertRecord extends wandb_internal.AlertRecord.$Properties {
    }

    /** Represents an AlertRecord. */
    class AlertRecord {

        /**
         * Constructs a new AlertRecord.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.AlertRecord.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** AlertRecord title. */
        title: string;

        /** AlertRecord text. */
        text: string;

        /** AlertRecord level. */
        level: string;

        /** AlertRecord waitDuration. */
        waitDuration: number;

        /** AlertRecord _info. */
        _info?: (wandb_internal._RecordInfo.$Properties|null);

        /**
         * Creates a new AlertRecord instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AlertRecord instance
         */
        static create(properties: wandb_internal.AlertRecord.$Shape): wandb_internal.AlertRecord & wandb_internal.AlertRecord.$Shape;
        static create(properties?: wandb_internal.AlertRecord.$Properties): wandb_internal.AlertRecord;

        /**
         * Encodes the specified AlertRecord message. Does not implicitly {@link wandb_internal.AlertRecord.verify|verify} messages.
         * @param message AlertRecord message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.AlertRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AlertRecord message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.AlertRecord & wandb_internal.AlertRecord.$Shape} AlertRecord
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.AlertRecord & wandb_internal.AlertRecord.$Shape;
    }

    namespace AlertRecord {

        /** Properties of an AlertRecord. */
        interface $Properties {

            /** AlertRecord title */
            title?: (string|null);

            /** AlertRecord text */
            text?: (string|null);

            /** AlertRecord level */
            level?: (string|null);

            /** AlertRecord waitDuration */
            waitDuration?: (number|null);

            /** AlertRecord _info */
            _info?: (wandb_internal._RecordInfo.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an AlertRecord. */
        type $Shape = wandb_internal.AlertRecord.$Properties;
    }

    /**
     * Properties of an AlertResult.
     * @deprecated Use wandb_internal.AlertResult.$Properties instead.
     */
    interface IAlertResult extends wandb_internal.AlertResult.$Properties {
    }

    /** Represents an AlertResult. */
    class AlertResult {

        /**
         * Constructs a new AlertResult.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.AlertResult.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /**
         * Creates a new AlertResult instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AlertResult instance
         */
        static create(properties: wandb_internal.AlertResult.$Shape): wandb_internal.AlertResult & wandb_internal.AlertResult.$Shape;
        static create(properties?: wandb_internal.AlertResult.$Properties): wandb_internal.AlertResult;

        /**
         * Encodes the specified AlertResult message. Does not implicitly {@link wandb_internal.AlertResult.verify|verify} messages.
         * @param message AlertResult message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.AlertResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AlertResult message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.AlertResult & wandb_internal.AlertResult.$Shape} AlertResult
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.AlertResult & wandb_internal.AlertResult.$Shape;
    }

    namespace AlertResult {

        /** Properties of an AlertResult. */
        interface $Properties {

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an AlertResult. */
        type $Shape = wandb_internal.AlertResult.$Properties;
    }

    /**
     * Properties of an ArtifactRecord.
     * @deprecated Use wandb_internal.ArtifactRecord.$Properties instead.
     */
    interface IArtifactRecord extends wandb_internal.ArtifactRecord.$Properties {
    }

    /** Represents an ArtifactRecord. */
    class ArtifactRecord {

        /**
         * Constructs a new ArtifactRecord.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.ArtifactRecord.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ArtifactRecord runId. */
        runId: string;

        /** ArtifactRecord project. */
        project: string;

        /** ArtifactRecord entity. */
        entity: string;

        /** ArtifactRecord type. */
        type: string;

        /** ArtifactRecord name. */
        name: string;

        /** ArtifactRecord digest. */
        digest: string;

        /** ArtifactRecord description. */
        description: string;

        /** ArtifactRecord metadata. */
        metadata: string;

        /** ArtifactRecord userCreated. */
        userCreated: boolean;

        /** ArtifactRecord useAfterCommit. */
        useAfterCommit: boolean;

        /** ArtifactRecord aliases. */
        aliases: string[];

        /** ArtifactRecord manifest. */
        manifest?: (wandb_internal.ArtifactManifest.$Properties|null);

        /** ArtifactRecord distributedId. */
        distributedId: string;

        /** ArtifactRecord finalize. */
        finalize: boolean;

        /** ArtifactRecord clientId. */
        clientId: string;

        /** ArtifactRecord sequenceClientId. */
        sequenceClientId: string;

        /** ArtifactRecord baseId. */
        baseId: string;

        /** ArtifactRecord ttlDurationSeconds. */
        ttlDurationSeconds: number;

        /** ArtifactRecord tags. */
        tags: string[];

        /** ArtifactRecord incrementalBeta1. */
        incrementalBeta1: boolean;

        /** ArtifactRecord _info. */
        _info?: (wandb_internal._RecordInfo.$Properties|null);

        /**
         * Creates a new ArtifactRecord instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ArtifactRecord instance
         */
        static create(properties: wandb_internal.ArtifactRecord.$Shape): wandb_internal.ArtifactRecord & wandb_internal.ArtifactRecord.$Shape;
        static create(properties?: wandb_internal.ArtifactRecord.$Properties): wandb_internal.ArtifactRecord;

        /**
         * Encodes the specified ArtifactRecord message. Does not implicitly {@link wandb_internal.ArtifactRecord.verify|verify} messages.
         * @param message ArtifactRecord message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.ArtifactRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an ArtifactRecord message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.ArtifactRecord & wandb_internal.ArtifactRecord.$Shape} ArtifactRecord
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.ArtifactRecord & wandb_internal.ArtifactRecord.$Shape;
    }

    namespace ArtifactRecord {

        /** Properties of an ArtifactRecord. */
        interface $Properties {

            /** ArtifactRecord runId */
            runId?: (string|null);

            /** ArtifactRecord project */
            project?: (string|null);

            /** ArtifactRecord entity */
            entity?: (string|null);

            /** ArtifactRecord type */
            type?: (string|null);

            /** ArtifactRecord name */
            name?: (string|null);

            /** ArtifactRecord digest */
            digest?: (string|null);

            /** ArtifactRecord description */
            description?: (string|null);

            /** ArtifactRecord metadata */
            metadata?: (string|null);

            /** ArtifactRecord userCreated */
            userCreated?: (boolean|null);

            /** ArtifactRecord useAfterCommit */
            useAfterCommit?: (boolean|null);

            /** ArtifactRecord aliases */
            aliases?: (string[]|null);

            /** ArtifactRecord manifest */
            manifest?: (wandb_internal.ArtifactManifest.$Properties|null);

            /** ArtifactRecord distributedId */
            distributedId?: (string|null);

            /** ArtifactRecord finalize */
            finalize?: (boolean|null);

            /** ArtifactRecord clientId */
            clientId?: (string|null);

            /** ArtifactRecord sequenceClientId */
            sequenceClientId?: (string|null);

            /** ArtifactRecord baseId */
            baseId?: (string|null);

            /** ArtifactRecord ttlDurationSeconds */
            ttlDurationSeconds?: (number|null);

            /** ArtifactRecord tags */
            tags?: (string[]|null);

            /** ArtifactRecord incrementalBeta1 */
            incrementalBeta1?: (boolean|null);

            /** ArtifactRecord _info */
            _info?: (wandb_internal._RecordInfo.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an ArtifactRecord. */
        type $Shape = wandb_internal.ArtifactRecord.$Properties;
    }

    /**
     * Properties of an ArtifactManifest.
     * @deprecated Use wandb_internal.ArtifactManifest.$Properties instead.
     */
    interface IArtifactManifest extends wandb_internal.ArtifactManifest.$Properties {
    }

    /** Represents an ArtifactManifest. */
    class ArtifactManifest {

        /**
         * Constructs a new ArtifactManifest.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.ArtifactManifest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ArtifactManifest version. */
        version: number;

        /** ArtifactManifest storagePolicy. */
        storagePolicy: string;

        /** ArtifactManifest storagePolicyConfig. */
        storagePolicyConfig: wandb_internal.StoragePolicyConfigItem.$Properties[];

        /** ArtifactManifest contents. */
        contents: wandb_internal.ArtifactManifestEntry.$Properties[];

        /** ArtifactManifest manifestFilePath. */
        manifestFilePath: string;

        /**
         * Creates a new ArtifactManifest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ArtifactManifest instance
         */
        static create(properties: wandb_internal.ArtifactManifest.$Shape): wandb_internal.ArtifactManifest & wandb_internal.ArtifactManifest.$Shape;
        static create(properties?: wandb_internal.ArtifactManifest.$Properties): wandb_internal.ArtifactManifest;

        /**
         * Encodes the specified ArtifactManifest message. Does not implicitly {@link wandb_internal.ArtifactManifest.verify|verify} messages.
         * @param message ArtifactManifest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.ArtifactManifest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an ArtifactManifest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.ArtifactManifest & wandb_internal.ArtifactManifest.$Shape} ArtifactManifest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.ArtifactManifest & wandb_internal.ArtifactManifest.$Shape;
    }

    namespace ArtifactManifest {

        /** Properties of an ArtifactManifest. */
        interface $Properties {

            /** ArtifactManifest version */
            version?: (number|null);

            /** ArtifactManifest storagePolicy */
            storagePolicy?: (string|null);

            /** ArtifactManifest storagePolicyConfig */
            storagePolicyConfig?: (wandb_internal.StoragePolicyConfigItem.$Properties[]|null);

            /** ArtifactManifest contents */
            contents?: (wandb_internal.ArtifactManifestEntry.$Properties[]|null);

            /** ArtifactManifest manifestFilePath */
            manifestFilePath?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an ArtifactManifest. */
        type $Shape = wandb_internal.ArtifactManifest.$Properties;
    }

    /**
     * Properties of an ArtifactManifestEntry.
     * @deprecated Use wandb_internal.ArtifactManifestEntry.$Properties instead.
     */
    interface IArtifactManifestEntry extends wandb_internal.ArtifactManifestEntry.$Properties {
    }

    /** Represents an ArtifactManifestEntry. */
    class ArtifactManifestEntry {

        /**
         * Constructs a new ArtifactManifestEntry.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.ArtifactManifestEntry.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ArtifactManifestEntry path. */
        path: string;

        /** ArtifactManifestEntry digest. */
        digest: string;

        /** ArtifactManifestEntry ref. */
        ref: string;

        /** ArtifactManifestEntry size. */
        size: number;

        /** ArtifactManifestEntry mimetype. */
        mimetype: string;

        /** ArtifactManifestEntry localPath. */
        localPath: string;

        /** ArtifactManifestEntry birthArtifactId. */
        birthArtifactId: string;

        /** ArtifactManifestEntry skipCache. */
        skipCache: boolean;

        /** ArtifactManifestEntry extra. */
        extra: wandb_internal.ExtraItem.$Properties[];

        /**
         * Creates a new ArtifactManifestEntry instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ArtifactManifestEntry instance
         */
        static create(properties: wandb_internal.ArtifactManifestEntry.$Shape): wandb_internal.ArtifactManifestEntry & wandb_internal.ArtifactManifestEntry.$Shape;
        static create(properties?: wandb_internal.ArtifactManifestEntry.$Properties): wandb_internal.ArtifactManifestEntry;

        /**
         * Encodes the specified ArtifactManifestEntry message. Does not implicitly {@link wandb_internal.ArtifactManifestEntry.verify|verify} messages.
         * @param message ArtifactManifestEntry message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.ArtifactManifestEntry.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an ArtifactManifestEntry message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.ArtifactManifestEntry & wandb_internal.ArtifactManifestEntry.$Shape} ArtifactManifestEntry
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.ArtifactManifestEntry & wandb_internal.ArtifactManifestEntry.$Shape;
    }

    namespace ArtifactManifestEntry {

        /** Properties of an ArtifactManifestEntry. */
        interface $Properties {

            /** ArtifactManifestEntry path */
            path?: (string|null);

            /** ArtifactManifestEntry digest */
            digest?: (string|null);

            /** ArtifactManifestEntry ref */
            ref?: (string|null);

            /** ArtifactManifestEntry size */
            size?: (number|null);

            /** ArtifactManifestEntry mimetype */
            mimetype?: (string|null);

            /** ArtifactManifestEntry localPath */
            localPath?: (string|null);

            /** ArtifactManifestEntry birthArtifactId */
            birthArtifactId?: (string|null);

            /** ArtifactManifestEntry skipCache */
            skipCache?: (boolean|null);

            /** ArtifactManifestEntry extra */
            extra?: (wandb_internal.ExtraItem.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an ArtifactManifestEntry. */
        type $Shape = wandb_internal.ArtifactManifestEntry.$Properties;
    }

    /**
     * Properties of an ExtraItem.
     * @deprecated Use wandb_internal.ExtraItem.$Properties instead.
     */
    interface IExtraItem extends wandb_internal.ExtraItem.$Properties {
    }

    /** Represents an ExtraItem. */
    class ExtraItem {

        /**
         * Constructs a new ExtraItem.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.ExtraItem.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ExtraItem key. */
        key: string;

        /** ExtraItem valueJson. */
        valueJson: string;

        /**
         * Creates a new ExtraItem instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ExtraItem instance
         */
        static create(properties: wandb_internal.ExtraItem.$Shape): wandb_internal.ExtraItem & wandb_internal.ExtraItem.$Shape;
        static create(properties?: wandb_internal.ExtraItem.$Properties): wandb_internal.ExtraItem;

        /**
         * Encodes the specified ExtraItem message. Does not implicitly {@link wandb_internal.ExtraItem.verify|verify} messages.
         * @param message ExtraItem message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.ExtraItem.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an ExtraItem message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.ExtraItem & wandb_internal.ExtraItem.$Shape} ExtraItem
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.ExtraItem & wandb_internal.ExtraItem.$Shape;
    }

    namespace ExtraItem {

        /** Properties of an ExtraItem. */
        interface $Properties {

            /** ExtraItem key */
            key?: (string|null);

            /** ExtraItem valueJson */
            valueJson?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an ExtraItem. */
        type $Shape = wandb_internal.ExtraItem.$Properties;
    }

    /**
     * Properties of a StoragePolicyConfigItem.
     * @deprecated Use wandb_internal.StoragePolicyConfigItem.$Properties instead.
     */
    interface IStoragePolicyConfigItem extends wandb_internal.StoragePolicyConfigItem.$Properties {
    }

    /** Represents a StoragePolicyConfigItem. */
    class StoragePolicyConfigItem {

        /**
         * Constructs a new StoragePolicyConfigItem.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.StoragePolicyConfigItem.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** StoragePolicyConfigItem key. */
        key: string;

        /** StoragePolicyConfigItem valueJson. */
        valueJson: string;

        /**
         * Creates a new StoragePolicyConfigItem instance using the specified properties.
         * @param [properties] Properties to set
         * @returns StoragePolicyConfigItem instance
         */
        static create(properties: wandb_internal.StoragePolicyConfigItem.$Shape): wandb_internal.StoragePolicyConfigItem & wandb_internal.StoragePolicyConfigItem.$Shape;
        static create(properties?: wandb_internal.StoragePolicyConfigItem.$Properties): wandb_internal.StoragePolicyConfigItem;

        /**
         * Encodes the specified StoragePolicyConfigItem message. Does not implicitly {@link wandb_internal.StoragePolicyConfigItem.verify|verify} messages.
         * @param message StoragePolicyConfigItem message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.StoragePolicyConfigItem.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a StoragePolicyConfigItem message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.StoragePolicyConfigItem & wandb_internal.StoragePolicyConfigItem.$Shape} StoragePolicyConfigItem
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.StoragePolicyConfigItem & wandb_internal.StoragePolicyConfigItem.$Shape;
    }

    namespace StoragePolicyConfigItem {

        /** Properties of a StoragePolicyConfigItem. */
        interface $Properties {

            /** StoragePolicyConfigItem key */
            key?: (string|null);

            /** StoragePolicyConfigItem valueJson */
            valueJson?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a StoragePolicyConfigItem. */
        type $Shape = wandb_internal.StoragePolicyConfigItem.$Properties;
    }

    /**
     * Properties of an ArtifactResult.
     * @deprecated Use wandb_internal.ArtifactResult.$Properties instead.
     */
    interface IArtifactResult extends wandb_internal.ArtifactResult.$Properties {
    }

    /** Represents an ArtifactResult. */
    class ArtifactResult {

        /**
         * Constructs a new ArtifactResult.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.ArtifactResult.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /**
         * Creates a new ArtifactResult instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ArtifactResult instance
         */
        static create(properties: wandb_internal.ArtifactResult.$Shape): wandb_internal.ArtifactResult & wandb_internal.ArtifactResult.$Shape;
        static create(properties?: wandb_internal.ArtifactResult.$Properties): wandb_internal.ArtifactResult;

        /**
         * Encodes the specified ArtifactResult message. Does not implicitly {@link wandb_internal.ArtifactResult.verify|verify} messages.
         * @param message ArtifactResult message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.ArtifactResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an ArtifactResult message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.ArtifactResult & wandb_internal.ArtifactResult.$Shape} ArtifactResult
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.ArtifactResult & wandb_internal.ArtifactResult.$Shape;
    }

    namespace ArtifactResult {

        /** Properties of an ArtifactResult. */
        interface $Properties {

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an ArtifactResult. */
        type $Shape = wandb_internal.ArtifactResult.$Properties;
    }

    /**
     * Properties of a LinkArtifactRecord.
     * @deprecated Use wandb_internal.LinkArtifactRecord.$Properties instead.
     */
    interface ILinkArtifactRecord extends wandb_internal.LinkArtifactRecord.$Properties {
    }

    /** Represents a LinkArtifactRecord. */
    class LinkArtifactRecord {

        /**
         * Constructs a new LinkArtifactRecord.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.LinkArtifactRecord.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** LinkArtifactRecord clientId. */
        clientId: string;

        /** LinkArtifactRecord serverId. */
        serverId: string;

        /** LinkArtifactRecord portfolioName. */
        portfolioName: string;

        /** LinkArtifactRecord portfolioEntity. */
        portfolioEntity: string;

        /** LinkArtifactRecord portfolioProject. */
        portfolioProject: string;

        /** LinkArtifactRecord portfolioAliases. */
        portfolioAliases: string[];

        /** LinkArtifactRecord _info. */
        _info?: (wandb_internal._RecordInfo.$Properties|null);

        /**
         * Creates a new LinkArtifactRecord instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LinkArtifactRecord instance
         */
        static create(properties: wandb_internal.LinkArtifactRecord.$Shape): wandb_internal.LinkArtifactRecord & wandb_internal.LinkArtifactRecord.$Shape;
        static create(properties?: wandb_internal.LinkArtifactRecord.$Properties): wandb_internal.LinkArtifactRecord;

        /**
         * Encodes the specified LinkArtifactRecord message. Does not implicitly {@link wandb_internal.LinkArtifactRecord.verify|verify} messages.
         * @param message LinkArtifactRecord message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.LinkArtifactRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LinkArtifactRecord message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.LinkArtifactRecord & wandb_internal.LinkArtifactRecord.$Shape} LinkArtifactRecord
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.LinkArtifactRecord & wandb_internal.LinkArtifactRecord.$Shape;
    }

    namespace LinkArtifactRecord {

        /** Properties of a LinkArtifactRecord. */
        interface $Properties {

            /** LinkArtifactRecord clientId */
            clientId?: (string|null);

            /** LinkArtifactRecord serverId */
            serverId?: (string|null);

            /** LinkArtifactRecord portfolioName */
            portfolioName?: (string|null);

            /** LinkArtifactRecord portfolioEntity */
            portfolioEntity?: (string|null);

            /** LinkArtifactRecord portfolioProject */
            portfolioProject?: (string|null);

            /** LinkArtifactRecord portfolioAliases */
            portfolioAliases?: (string[]|null);

            /** LinkArtifactRecord _info */
            _info?: (wandb_internal._RecordInfo.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a LinkArtifactRecord. */
        type $Shape = wandb_internal.LinkArtifactRecord.$Properties;
    }

    /**
     * Properties of a LinkArtifactResult.
     * @deprecated Use wandb_internal.LinkArtifactResult.$Properties instead.
     */
    interface ILinkArtifactResult extends wandb_internal.LinkArtifactResult.$Properties {
    }

    /** Represents a LinkArtifactResult. */
    class LinkArtifactResult {

        /**
         * Constructs a new LinkArtifactResult.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.LinkArtifactResult.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /**
         * Creates a new LinkArtifactResult instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LinkArtifactResult instance
         */
        static create(properties: wandb_internal.LinkArtifactResult.$Shape): wandb_internal.LinkArtifactResult & wandb_internal.LinkArtifactResult.$Shape;
        static create(properties?: wandb_internal.LinkArtifactResult.$Properties): wandb_internal.LinkArtifactResult;

        /**
         * Encodes the specified LinkArtifactResult message. Does not implicitly {@link wandb_internal.LinkArtifactResult.verify|verify} messages.
         * @param message LinkArtifactResult message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.LinkArtifactResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LinkArtifactResult message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.LinkArtifactResult & wandb_internal.LinkArtifactResult.$Shape} LinkArtifactResult
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.LinkArtifactResult & wandb_internal.LinkArtifactResult.$Shape;
    }

    namespace LinkArtifactResult {

        /** Properties of a LinkArtifactResult. */
        interface $Properties {

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a LinkArtifactResult. */
        type $Shape = wandb_internal.LinkArtifactResult.$Properties;
    }

    /**
     * Properties of a UseArtifactRecord.
     * @deprecated Use wandb_internal.UseArtifactRecord.$Properties instead.
     */
    interface IUseArtifactRecord extends wandb_internal.UseArtifactRecord.$Properties {
    }

    /** Represents a UseArtifactRecord. */
    class UseArtifactRecord {

        /**
         * Constructs a new UseArtifactRecord.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.UseArtifactRecord.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** UseArtifactRecord id. */
        id: string;

        /** UseArtifactRecord type. */
        type: string;

        /** UseArtifactRecord name. */
        name: string;

        /** UseArtifactRecord partial. */
        partial?: (wandb_internal.PartialJobArtifact.$Properties|null);

        /** UseArtifactRecord _info. */
        _info?: (wandb_internal._RecordInfo.$Properties|null);

        /**
         * Creates a new UseArtifactRecord instance using the specified properties.
         * @param [properties] Properties to set
         * @returns UseArtifactRecord instance
         */
        static create(properties: wandb_internal.UseArtifactRecord.$Shape): wandb_internal.UseArtifactRecord & wandb_internal.UseArtifactRecord.$Shape;
        static create(properties?: wandb_internal.UseArtifactRecord.$Properties): wandb_internal.UseArtifactRecord;

        /**
         * Encodes the specified UseArtifactRecord message. Does not implicitly {@link wandb_internal.UseArtifactRecord.verify|verify} messages.
         * @param message UseArtifactRecord message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.UseArtifactRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a UseArtifactRecord message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.UseArtifactRecord & wandb_internal.UseArtifactRecord.$Shape} UseArtifactRecord
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.UseArtifactRecord & wandb_internal.UseArtifactRecord.$Shape;
    }

    namespace UseArtifactRecord {

        /** Properties of a UseArtifactRecord. */
        interface $Properties {

            /** UseArtifactRecord id */
            id?: (string|null);

            /** UseArtifactRecord type */
            type?: (string|null);

            /** UseArtifactRecord name */
            name?: (string|null);

            /** UseArtifactRecord partial */
            partial?: (wandb_internal.PartialJobArtifact.$Properties|null);

            /** UseArtifactRecord _info */
            _info?: (wandb_internal._RecordInfo.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a UseArtifactRecord. */
        type $Shape = wandb_internal.UseArtifactRecord.$Properties;
    }

    /**
     * Properties of a UseArtifactResult.
     * @deprecated Use wandb_internal.UseArtifactResult.$Properties instead.
     */
    interface IUseArtifactResult extends wandb_internal.UseArtifactResult.$Properties {
    }

    /** Represents a UseArtifactResult. */
    class UseArtifactResult {

        /**
         * Constructs a new UseArtifactResult.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.UseArtifactResult.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /**
         * Creates a new UseArtifactResult instance using the specified properties.
         * @param [properties] Properties to set
         * @returns UseArtifactResult instance
         */
        static create(properties: wandb_internal.UseArtifactResult.$Shape): wandb_internal.UseArtifactResult & wandb_internal.UseArtifactResult.$Shape;
        static create(properties?: wandb_internal.UseArtifactResult.$Properties): wandb_internal.UseArtifactResult;

        /**
         * Encodes the specified UseArtifactResult message. Does not implicitly {@link wandb_internal.UseArtifactResult.verify|verify} messages.
         * @param message UseArtifactResult message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.UseArtifactResult.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a UseArtifactResult message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.UseArtifactResult & wandb_internal.UseArtifactResult.$Shape} UseArtifactResult
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.UseArtifactResult & wandb_internal.UseArtifactResult.$Shape;
    }

    namespace UseArtifactResult {

        /** Properties of a UseArtifactResult. */
        interface $Properties {

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a UseArtifactResult. */
        type $Shape = wandb_internal.UseArtifactResult.$Properties;
    }

    /**
     * Properties of a PartialJobArtifact.
     * @deprecated Use wandb_internal.PartialJobArtifact.$Properties instead.
     */
    interface IPartialJobArtifact extends wandb_internal.PartialJobArtifact.$Properties {
    }

    /** Represents a PartialJobArtifact. */
    class PartialJobArtifact {

        /**
         * Constructs a new PartialJobArtifact.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.PartialJobArtifact.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** PartialJobArtifact jobName. */
        jobName: string;

        /** PartialJobArtifact sourceInfo. */
        sourceInfo?: (wandb_internal.JobSource.$Properties|null);

        /**
         * Creates a new PartialJobArtifact instance using the specified properties.
         * @param [properties] Properties to set
         * @returns PartialJobArtifact instance
         */
        static create(properties: wandb_internal.PartialJobArtifact.$Shape): wandb_internal.PartialJobArtifact & wandb_internal.PartialJobArtifact.$Shape;
        static create(properties?: wandb_internal.PartialJobArtifact.$Properties): wandb_internal.PartialJobArtifact;

        /**
         * Encodes the specified PartialJobArtifact message. Does not implicitly {@link wandb_internal.PartialJobArtifact.verify|verify} messages.
         * @param message PartialJobArtifact message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.PartialJobArtifact.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PartialJobArtifact message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.PartialJobArtifact & wandb_internal.PartialJobArtifact.$Shape} PartialJobArtifact
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.PartialJobArtifact & wandb_internal.PartialJobArtifact.$Shape;
    }

    namespace PartialJobArtifact {

        /** Properties of a PartialJobArtifact. */
        interface $Properties {

            /** PartialJobArtifact jobName */
            jobName?: (string|null);

            /** PartialJobArtifact sourceInfo */
            sourceInfo?: (wandb_internal.JobSource.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a PartialJobArtifact. */
        type $Shape = wandb_internal.PartialJobArtifact.$Properties;
    }

    /**
     * Properties of a JobSource.
     * @deprecated Use wandb_internal.JobSource.$Properties instead.
     */
    interface IJobSource extends wandb_internal.JobSource.$Properties {
    }

    /** Represents a JobSource. */
    class JobSource {

        /**
         * Constructs a new JobSource.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.JobSource.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** JobSource _version. */
        _version: string;

        /** JobSource sourceType. */
        sourceType: string;

        /** JobSource source. */
        source?: (wandb_internal.Source.$Properties|null);

        /** JobSource runtime. */
        runtime: string;

        /**
         * Creates a new JobSource instance using the specified properties.
         * @param [properties] Properties to set
         * @returns JobSource instance
         */
        static create(properties: wandb_internal.JobSource.$Shape): wandb_internal.JobSource & wandb_internal.JobSource.$Shape;
        static create(properties?: wandb_internal.JobSource.$Properties): wandb_internal.JobSource;

        /**
         * Encodes the specified JobSource message. Does not implicitly {@link wandb_internal.JobSource.verify|verify} messages.
         * @param message JobSource message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.JobSource.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a JobSource message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.JobSource & wandb_internal.JobSource.$Shape} JobSource
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.JobSource & wandb_internal.JobSource.$Shape;
    }

    namespace JobSource {

        /** Properties of a JobSource. */
        interface $Properties {

            /** JobSource _version */
            _version?: (string|null);

            /** JobSource sourceType */
            sourceType?: (string|null);

            /** JobSource source */
            source?: (wandb_internal.Source.$Properties|null);

            /** JobSource runtime */
            runtime?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a JobSource. */
        type $Shape = wandb_internal.JobSource.$Properties;
    }

    /**
     * Properties of a Source.
     * @deprecated Use wandb_internal.Source.$Properties instead.
     */
    interface ISource extends wandb_internal.Source.$Properties {
    }

    /** Represents a Source. */
    class Source {

        /**
         * Constructs a new Source.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.Source.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Source git. */
        git?: (wandb_internal.GitSource.$Properties|null);

        /** Source artifact. */
        artifact?: (wandb_internal.ArtifactInfo.$Properties|null);

        /** Source image. */
        image?: (wandb_internal.ImageSource.$Properties|null);

        /**
         * Creates a new Source instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Source instance
         */
        static create(properties: wandb_internal.Source.$Shape): wandb_internal.Source & wandb_internal.Source.$Shape;
        static create(properties?: wandb_internal.Source.$Properties): wandb_internal.Source;

        /**
         * Encodes the specified Source message. Does not implicitly {@link wandb_internal.Source.verify|verify} messages.
         * @param message Source message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.Source.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Source message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.Source & wandb_internal.Source.$Shape} Source
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.Source & wandb_internal.Source.$Shape;
    }

    namespace Source {

        /** Properties of a Source. */
        interface $Properties {

            /** Source git */
            git?: (wandb_internal.GitSource.$Properties|null);

            /** Source artifact */
            artifact?: (wandb_internal.ArtifactInfo.$Properties|null);

            /** Source image */
            image?: (wandb_internal.ImageSource.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a Source. */
        type $Shape = wandb_internal.Source.$Properties;
    }

    /**
     * Properties of a GitSource.
     * @deprecated Use wandb_internal.GitSource.$Properties instead.
     */
    interface IGitSource extends wandb_internal.GitSource.$Properties {
    }

    /** Represents a GitSource. */
    class GitSource {

        /**
         * Constructs a new GitSource.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.GitSource.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** GitSource gitInfo. */
        gitInfo?: (wandb_internal.GitInfo.$Properties|null);

        /** GitSource entrypoint. */
        entrypoint: string[];

        /** GitSource notebook. */
        notebook: boolean;

        /** GitSource buildContext. */
        buildContext: string;

        /** GitSource dockerfile. */
        dockerfile: string;

        /**
         * Creates a new GitSource instance using the specified properties.
         * @param [properties] Properties to set
         * @returns GitSource instance
         */
        static create(properties: wandb_internal.GitSource.$Shape): wandb_internal.GitSource & wandb_internal.GitSource.$Shape;
        static create(properties?: wandb_internal.GitSource.$Properties): wandb_internal.GitSource;

        /**
         * Encodes the specified GitSource message. Does not implicitly {@link wandb_internal.GitSource.verify|verify} messages.
         * @param message GitSource message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.GitSource.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a GitSource message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.GitSource & wandb_internal.GitSource.$Shape} GitSource
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.GitSource & wandb_internal.GitSource.$Shape;
    }

    namespace GitSource {

        /** Properties of a GitSource. */
        interface $Properties {

            /** GitSource gitInfo */
            gitInfo?: (wandb_internal.GitInfo.$Properties|null);

            /** GitSource entrypoint */
            entrypoint?: (string[]|null);

            /** GitSource notebook */
            notebook?: (boolean|null);

            /** GitSource buildContext */
            buildContext?: (string|null);

            /** GitSource dockerfile */
            dockerfile?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a GitSource. */
        type $Shape = wandb_internal.GitSource.$Properties;
    }

    /**
     * Properties of a GitInfo.
     * @deprecated Use wandb_internal.GitInfo.$Properties instead.
     */
    interface IGitInfo extends wandb_internal.GitInfo.$Properties {
    }

    /** Represents a GitInfo. */
    class GitInfo {

        /**
         * Constructs a new GitInfo.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.GitInfo.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** GitInfo remote. */
        remote: string;

        /** GitInfo commit. */
        commit: string;

        /**
         * Creates a new GitInfo instance using the specified properties.
         * @param [properties] Properties to set
         * @returns GitInfo instance
         */
        static create(properties: wandb_internal.GitInfo.$Shape): wandb_internal.GitInfo & wandb_internal.GitInfo.$Shape;
        static create(properties?: wandb_internal.GitInfo.$Properties): wandb_internal.GitInfo;

        /**
         * Encodes the specified GitInfo message. Does not implicitly {@link wandb_internal.GitInfo.verify|verify} messages.
         * @param message GitInfo message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.GitInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a GitInfo message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.GitInfo & wandb_internal.GitInfo.$Shape} GitInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.GitInfo & wandb_internal.GitInfo.$Shape;
    }

    namespace GitInfo {

        /** Properties of a GitInfo. */
        interface $Properties {

            /** GitInfo remote */
            remote?: (string|null);

            /** GitInfo commit */
            commit?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a GitInfo. */
        type $Shape = wandb_internal.GitInfo.$Properties;
    }

    /**
     * Properties of an ArtifactInfo.
     * @deprecated Use wandb_internal.ArtifactInfo.$Properties instead.
     */
    interface IArtifactInfo extends wandb_internal.ArtifactInfo.$Properties {
    }

    /** Represents an ArtifactInfo. */
    class ArtifactInfo {

        /**
         * Constructs a new ArtifactInfo.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.ArtifactInfo.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ArtifactInfo artifact. */
        artifact: string;

        /** ArtifactInfo entrypoint. */
        entrypoint: string[];

        /** ArtifactInfo notebook. */
        notebook: boolean;

        /** ArtifactInfo buildContext. */
        buildContext: string;

        /** ArtifactInfo dockerfile. */
        dockerfile: string;

        /**
         * Creates a new ArtifactInfo instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ArtifactInfo instance
         */
        static create(properties: wandb_internal.ArtifactInfo.$Shape): wandb_internal.ArtifactInfo & wandb_internal.ArtifactInfo.$Shape;
        static create(properties?: wandb_internal.ArtifactInfo.$Properties): wandb_internal.ArtifactInfo;

        /**
         * Encodes the specified ArtifactInfo message. Does not implicitly {@link wandb_internal.ArtifactInfo.verify|verify} messages.
         * @param message ArtifactInfo message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.ArtifactInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an ArtifactInfo message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.ArtifactInfo & wandb_internal.ArtifactInfo.$Shape} ArtifactInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.ArtifactInfo & wandb_internal.ArtifactInfo.$Shape;
    }

    namespace ArtifactInfo {

        /** Properties of an ArtifactInfo. */
        interface $Properties {

            /** ArtifactInfo artifact */
            artifact?: (string|null);

            /** ArtifactInfo entrypoint */
            entrypoint?: (string[]|null);

            /** ArtifactInfo notebook */
            notebook?: (boolean|null);

            /** ArtifactInfo buildContext */
            buildContext?: (string|null);

            /** ArtifactInfo dockerfile */
            dockerfile?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an ArtifactInfo. */
        type $Shape = wandb_internal.ArtifactInfo.$Properties;
    }

    /**
     * Properties of an ImageSource.
     * @deprecated Use wandb_internal.ImageSource.$Properties instead.
     */
    interface IImageSource extends wandb_internal.ImageSource.$Properties {
    }

    /** Represents an ImageSource. */
    class ImageSource {

        /**
         * Constructs a new ImageSource.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.ImageSource.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ImageSource image. */
        image: string;

        /**
         * Creates a new ImageSource instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ImageSource instance
         */
        static create(properties: wandb_internal.ImageSource.$Shape): wandb_internal.ImageSource & wandb_internal.ImageSource.$Shape;
        static create(properties?: wandb_internal.ImageSource.$Properties): wandb_internal.ImageSource;

        /**
         * Encodes the specified ImageSource message. Does not implicitly {@link wandb_internal.ImageSource.verify|verify} messages.
         * @param message ImageSource message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.ImageSource.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an ImageSource message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.ImageSource & wandb_internal.ImageSource.$Shape} ImageSource
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.ImageSource & wandb_internal.ImageSource.$Shape;
    }

    namespace ImageSource {

        /** Properties of an ImageSource. */
        interface $Properties {

            /** ImageSource image */
            image?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an ImageSource. */
        type $Shape = wandb_internal.ImageSource.$Properties;
    }

    /**
     * Properties of an EnvironmentRecord.
     * @deprecated Use wandb_internal.EnvironmentRecord.$Properties instead.
     */
    interface IEnvironmentRecord extends wandb_internal.EnvironmentRecord.$Properties {
    }

    /** Represents an EnvironmentRecord. */
    class EnvironmentRecord {

        /**
         * Constructs a new EnvironmentRecord.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.EnvironmentRecord.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** EnvironmentRecord os. */
        os: string;

        /** EnvironmentRecord python. */
        python: string;

        /** EnvironmentRecord startedAt. */
        startedAt?: (google.protobuf.Timestamp.$Properties|null);

        /** EnvironmentRecord docker. */
        docker: string;

        /** EnvironmentRecord args. */
        args: string[];

        /** EnvironmentRecord program. */
        program: string;

        /** EnvironmentRecord codePath. */
        codePath: string;

        /** EnvironmentRecord codePathLocal. */
        codePathLocal: string;

        /** EnvironmentRecord git. */
        git?: (wandb_internal.GitRepoRecord.$Properties|null);

        /** EnvironmentRecord email. */
        email: string;

        /** EnvironmentRecord root. */
        root: string;

        /** EnvironmentRecord host. */
        host: string;

        /** EnvironmentRecord username. */
        username: string;

        /** EnvironmentRecord executable. */
        executable: string;

        /** EnvironmentRecord colab. */
        colab: string;

        /** EnvironmentRecord cpuCount. */
        cpuCount: number;

        /** EnvironmentRecord cpuCountLogical. */
        cpuCountLogical: number;

        /** EnvironmentRecord gpuType. */
        gpuType: string;

        /** EnvironmentRecord gpuCount. */
        gpuCount: number;

        /** EnvironmentRecord disk. */
        disk: { [k: string]: wandb_internal.DiskInfo.$Properties };

        /** EnvironmentRecord memory. */
        memory?: (wandb_internal.MemoryInfo.$Properties|null);

        /** EnvironmentRecord cpu. */
        cpu?: (wandb_internal.CpuInfo.$Properties|null);

        /** EnvironmentRecord apple. */
        apple?: (wandb_internal.AppleInfo.$Properties|null);

        /** EnvironmentRecord gpuNvidia. */
        gpuNvidia: wandb_internal.GpuNvidiaInfo.$Properties[];

        /** EnvironmentRecord cudaVersion. */
        cudaVersion: string;

        /** EnvironmentRecord gpuAmd. */
        gpuAmd: wandb_internal.GpuAmdInfo.$Properties[];

        /** EnvironmentRecord slurm. */
        slurm: { [k: string]: string };

        /** EnvironmentRecord trainium. */
        trainium?: (wandb_internal.TrainiumInfo.$Properties|null);

        /** EnvironmentRecord tpu. */
        tpu?: (wandb_internal.TPUInfo.$Properties|null);

        /** EnvironmentRecord coreweave. */
        coreweave?: (wandb_internal.CoreWeaveInfo.$Properties|null);

        /** EnvironmentRecord writerId. */
        writerId: string;

        /** EnvironmentRecord _info. */
        _info?: (wandb_internal._RecordInfo.$Properties|null);

        /**
         * Creates a new EnvironmentRecord instance using the specified properties.
         * @param [properties] Properties to set
         * @returns EnvironmentRecord instance
         */
        static create(properties: wandb_internal.EnvironmentRecord.$Shape): wandb_internal.EnvironmentRecord & wandb_internal.EnvironmentRecord.$Shape;
        static create(properties?: wandb_internal.EnvironmentRecord.$Properties): wandb_internal.EnvironmentRecord;

        /**
         * Encodes the specified EnvironmentRecord message. Does not implicitly {@link wandb_internal.EnvironmentRecord.verify|verify} messages.
         * @param message EnvironmentRecord message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.EnvironmentRecord.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an EnvironmentRecord message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.EnvironmentRecord & wandb_internal.EnvironmentRecord.$Shape} EnvironmentRecord
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.EnvironmentRecord & wandb_internal.EnvironmentRecord.$Shape;
    }

    namespace EnvironmentRecord {

        /** Properties of an EnvironmentRecord. */
        interface $Properties {

            /** EnvironmentRecord os */
            os?: (string|null);

            /** EnvironmentRecord python */
            python?: (string|null);

            /** EnvironmentRecord startedAt */
            startedAt?: (google.protobuf.Timestamp.$Properties|null);

            /** EnvironmentRecord docker */
            docker?: (string|null);

            /** EnvironmentRecord args */
            args?: (string[]|null);

            /** EnvironmentRecord program */
            program?: (string|null);

            /** EnvironmentRecord codePath */
            codePath?: (string|null);

            /** EnvironmentRecord codePathLocal */
            codePathLocal?: (string|null);

            /** EnvironmentRecord git */
            git?: (wandb_internal.GitRepoRecord.$Properties|null);

            /** EnvironmentRecord email */
            email?: (string|null);

            /** EnvironmentRecord root */
            root?: (string|null);

            /** EnvironmentRecord host */
            host?: (string|null);

            /** EnvironmentRecord username */
            username?: (string|null);

            /** EnvironmentRecord executable */
            executable?: (string|null);

            /** EnvironmentRecord colab */
            colab?: (string|null);

            /** EnvironmentRecord cpuCount */
            cpuCount?: (number|null);

            /** EnvironmentRecord cpuCountLogical */
            cpuCountLogical?: (number|null);

            /** EnvironmentRecord gpuType */
            gpuType?: (string|null);

            /** EnvironmentRecord gpuCount */
            gpuCount?: (number|null);

            /** EnvironmentRecord disk */
            disk?: ({ [k: string]: wandb_internal.DiskInfo.$Properties }|null);

            /** EnvironmentRecord memory */
            memory?: (wandb_internal.MemoryInfo.$Properties|null);

            /** EnvironmentRecord cpu */
            cpu?: (wandb_internal.CpuInfo.$Properties|null);

            /** EnvironmentRecord apple */
            apple?: (wandb_internal.AppleInfo.$Properties|null);

            /** EnvironmentRecord gpuNvidia */
            gpuNvidia?: (wandb_internal.GpuNvidiaInfo.$Properties[]|null);

            /** EnvironmentRecord cudaVersion */
            cudaVersion?: (string|null);

            /** EnvironmentRecord gpuAmd */
            gpuAmd?: (wandb_internal.GpuAmdInfo.$Properties[]|null);

            /** EnvironmentRecord slurm */
            slurm?: ({ [k: string]: string }|null);

            /** EnvironmentRecord trainium */
            trainium?: (wandb_internal.TrainiumInfo.$Properties|null);

            /** EnvironmentRecord tpu */
            tpu?: (wandb_internal.TPUInfo.$Properties|null);

            /** EnvironmentRecord coreweave */
            coreweave?: (wandb_internal.CoreWeaveInfo.$Properties|null);

            /** EnvironmentRecord writerId */
            writerId?: (string|null);

            /** EnvironmentRecord _info */
            _info?: (wandb_internal._RecordInfo.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an EnvironmentRecord. */
        type $Shape = wandb_internal.EnvironmentRecord.$Properties;
    }

    /**
     * Properties of a DiskInfo.
     * @deprecated Use wandb_internal.DiskInfo.$Properties instead.
     */
    interface IDiskInfo extends wandb_internal.DiskInfo.$Properties {
    }

    /** Represents a DiskInfo. */
    class DiskInfo {

        /**
         * Constructs a new DiskInfo.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.DiskInfo.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** DiskInfo total. */
        total: number;

        /** DiskInfo used. */
        used: number;

        /**
         * Creates a new DiskInfo instance using the specified properties.
         * @param [properties] Properties to set
         * @returns DiskInfo instance
         */
        static create(properties: wandb_internal.DiskInfo.$Shape): wandb_internal.DiskInfo & wandb_internal.DiskInfo.$Shape;
        static create(properties?: wandb_internal.DiskInfo.$Properties): wandb_internal.DiskInfo;

        /**
         * Encodes the specified DiskInfo message. Does not implicitly {@link wandb_internal.DiskInfo.verify|verify} messages.
         * @param message DiskInfo message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.DiskInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a DiskInfo message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.DiskInfo & wandb_internal.DiskInfo.$Shape} DiskInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.DiskInfo & wandb_internal.DiskInfo.$Shape;
    }

    namespace DiskInfo {

        /** Properties of a DiskInfo. */
        interface $Properties {

            /** DiskInfo total */
            total?: (number|null);

            /** DiskInfo used */
            used?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a DiskInfo. */
        type $Shape = wandb_internal.DiskInfo.$Properties;
    }

    /**
     * Properties of a MemoryInfo.
     * @deprecated Use wandb_internal.MemoryInfo.$Properties instead.
     */
    interface IMemoryInfo extends wandb_internal.MemoryInfo.$Properties {
    }

    /** Represents a MemoryInfo. */
    class MemoryInfo {

        /**
         * Constructs a new MemoryInfo.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.MemoryInfo.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** MemoryInfo total. */
        total: number;

        /**
         * Creates a new MemoryInfo instance using the specified properties.
         * @param [properties] Properties to set
         * @returns MemoryInfo instance
         */
        static create(properties: wandb_internal.MemoryInfo.$Shape): wandb_internal.MemoryInfo & wandb_internal.MemoryInfo.$Shape;
        static create(properties?: wandb_internal.MemoryInfo.$Properties): wandb_internal.MemoryInfo;

        /**
         * Encodes the specified MemoryInfo message. Does not implicitly {@link wandb_internal.MemoryInfo.verify|verify} messages.
         * @param message MemoryInfo message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.MemoryInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MemoryInfo message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.MemoryInfo & wandb_internal.MemoryInfo.$Shape} MemoryInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.MemoryInfo & wandb_internal.MemoryInfo.$Shape;
    }

    namespace MemoryInfo {

        /** Properties of a MemoryInfo. */
        interface $Properties {

            /** MemoryInfo total */
            total?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a MemoryInfo. */
        type $Shape = wandb_internal.MemoryInfo.$Properties;
    }

    /**
     * Properties of a CpuInfo.
     * @deprecated Use wandb_internal.CpuInfo.$Properties instead.
     */
    interface ICpuInfo extends wandb_internal.CpuInfo.$Properties {
    }

    /** Represents a CpuInfo. */
    class CpuInfo {

        /**
         * Constructs a new CpuInfo.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.CpuInfo.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** CpuInfo count. */
        count: number;

        /** CpuInfo countLogical. */
        countLogical: number;

        /**
         * Creates a new CpuInfo instance using the specified properties.
         * @param [properties] Properties to set
         * @returns CpuInfo instance
         */
        static create(properties: wandb_internal.CpuInfo.$Shape): wandb_internal.CpuInfo & wandb_internal.CpuInfo.$Shape;
        static create(properties?: wandb_internal.CpuInfo.$Properties): wandb_internal.CpuInfo;

        /**
         * Encodes the specified CpuInfo message. Does not implicitly {@link wandb_internal.CpuInfo.verify|verify} messages.
         * @param message CpuInfo message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.CpuInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a CpuInfo message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.CpuInfo & wandb_internal.CpuInfo.$Shape} CpuInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.CpuInfo & wandb_internal.CpuInfo.$Shape;
    }

    namespace CpuInfo {

        /** Properties of a CpuInfo. */
        interface $Properties {

            /** CpuInfo count */
            count?: (number|null);

            /** CpuInfo countLogical */
            countLogical?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a CpuInfo. */
        type $Shape = wandb_internal.CpuInfo.$Properties;
    }

    /**
     * Properties of an AppleInfo.
     * @deprecated Use wandb_internal.AppleInfo.$Properties instead.
     */
    interface IAppleInfo extends wandb_internal.AppleInfo.$Properties {
    }

    /** Represents an AppleInfo. */
    class AppleInfo {

        /**
         * Constructs a new AppleInfo.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.AppleInfo.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** AppleInfo name. */
        name: string;

        /** AppleInfo ecpuCores. */
        ecpuCores: number;

        /** AppleInfo pcpuCores. */
        pcpuCores: number;

        /** AppleInfo gpuCores. */
        gpuCores: number;

        /** AppleInfo memoryGb. */
        memoryGb: number;

        /** AppleInfo swapTotalBytes. */
        swapTotalBytes: number;

        /** AppleInfo ramTotalBytes. */
        ramTotalBytes: number;

        /** AppleInfo macModel. */
        macModel: string;

        /**
         * Creates a new AppleInfo instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AppleInfo instance
         */
        static create(properties: wandb_internal.AppleInfo.$Shape): wandb_internal.AppleInfo & wandb_internal.AppleInfo.$Shape;
        static create(properties?: wandb_internal.AppleInfo.$Properties): wandb_internal.AppleInfo;

        /**
         * Encodes the specified AppleInfo message. Does not implicitly {@link wandb_internal.AppleInfo.verify|verify} messages.
         * @param message AppleInfo message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.AppleInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AppleInfo message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.AppleInfo & wandb_internal.AppleInfo.$Shape} AppleInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.AppleInfo & wandb_internal.AppleInfo.$Shape;
    }

    namespace AppleInfo {

        /** Properties of an AppleInfo. */
        interface $Properties {

            /** AppleInfo name */
            name?: (string|null);

            /** AppleInfo ecpuCores */
            ecpuCores?: (number|null);

            /** AppleInfo pcpuCores */
            pcpuCores?: (number|null);

            /** AppleInfo gpuCores */
            gpuCores?: (number|null);

            /** AppleInfo memoryGb */
            memoryGb?: (number|null);

            /** AppleInfo swapTotalBytes */
            swapTotalBytes?: (number|null);

            /** AppleInfo ramTotalBytes */
            ramTotalBytes?: (number|null);

            /** AppleInfo macModel */
            macModel?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an AppleInfo. */
        type $Shape = wandb_internal.AppleInfo.$Properties;
    }

    /**
     * Properties of a GpuAppleInfo.
     * @deprecated Use wandb_internal.GpuAppleInfo.$Properties instead.
     */
    interface IGpuAppleInfo extends wandb_internal.GpuAppleInfo.$Properties {
    }

    /** Represents a GpuAppleInfo. */
    class GpuAppleInfo {

        /**
         * Constructs a new GpuAppleInfo.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.GpuAppleInfo.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** GpuAppleInfo gpuType. */
        gpuType: string;

        /** GpuAppleInfo vendor. */
        vendor: string;

        /** GpuAppleInfo cores. */
        cores: number;

        /**
         * Creates a new GpuAppleInfo instance using the specified properties.
         * @param [properties] Properties to set
         * @returns GpuAppleInfo instance
         */
        static create(properties: wandb_internal.GpuAppleInfo.$Shape): wandb_internal.GpuAppleInfo & wandb_internal.GpuAppleInfo.$Shape;
        static create(properties?: wandb_internal.GpuAppleInfo.$Properties): wandb_internal.GpuAppleInfo;

        /**
         * Encodes the specified GpuAppleInfo message. Does not implicitly {@link wandb_internal.GpuAppleInfo.verify|verify} messages.
         * @param message GpuAppleInfo message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.GpuAppleInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a GpuAppleInfo message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.GpuAppleInfo & wandb_internal.GpuAppleInfo.$Shape} GpuAppleInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.GpuAppleInfo & wandb_internal.GpuAppleInfo.$Shape;
    }

    namespace GpuAppleInfo {

        /** Properties of a GpuAppleInfo. */
        interface $Properties {

            /** GpuAppleInfo gpuType */
            gpuType?: (string|null);

            /** GpuAppleInfo vendor */
            vendor?: (string|null);

            /** GpuAppleInfo cores */
            cores?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a GpuAppleInfo. */
        type $Shape = wandb_internal.GpuAppleInfo.$Properties;
    }

    /**
     * Properties of a GpuNvidiaInfo.
     * @deprecated Use wandb_internal.GpuNvidiaInfo.$Properties instead.
     */
    interface IGpuNvidiaInfo extends wandb_internal.GpuNvidiaInfo.$Properties {
    }

    /** Represents a GpuNvidiaInfo. */
    class GpuNvidiaInfo {

        /**
         * Constructs a new GpuNvidiaInfo.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.GpuNvidiaInfo.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** GpuNvidiaInfo name. */
        name: string;

        /** GpuNvidiaInfo memoryTotal. */
        memoryTotal: number;

        /** GpuNvidiaInfo cudaCores. */
        cudaCores: number;

        /** GpuNvidiaInfo architecture. */
        architecture: string;

        /** GpuNvidiaInfo uuid. */
        uuid: string;

        /**
         * Creates a new GpuNvidiaInfo instance using the specified properties.
         * @param [properties] Properties to set
         * @returns GpuNvidiaInfo instance
         */
        static create(properties: wandb_internal.GpuNvidiaInfo.$Shape): wandb_internal.GpuNvidiaInfo & wandb_internal.GpuNvidiaInfo.$Shape;
        static create(properties?: wandb_internal.GpuNvidiaInfo.$Properties): wandb_internal.GpuNvidiaInfo;

        /**
         * Encodes the specified GpuNvidiaInfo message. Does not implicitly {@link wandb_internal.GpuNvidiaInfo.verify|verify} messages.
         * @param message GpuNvidiaInfo message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.GpuNvidiaInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a GpuNvidiaInfo message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.GpuNvidiaInfo & wandb_internal.GpuNvidiaInfo.$Shape} GpuNvidiaInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.GpuNvidiaInfo & wandb_internal.GpuNvidiaInfo.$Shape;
    }

    namespace GpuNvidiaInfo {

        /** Properties of a GpuNvidiaInfo. */
        interface $Properties {

            /** GpuNvidiaInfo name */
            name?: (string|null);

            /** GpuNvidiaInfo memoryTotal */
            memoryTotal?: (number|null);

            /** GpuNvidiaInfo cudaCores */
            cudaCores?: (number|null);

            /** GpuNvidiaInfo architecture */
            architecture?: (string|null);

            /** GpuNvidiaInfo uuid */
            uuid?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a GpuNvidiaInfo. */
        type $Shape = wandb_internal.GpuNvidiaInfo.$Properties;
    }

    /**
     * Properties of a GpuAmdInfo.
     * @deprecated Use wandb_internal.GpuAmdInfo.$Properties instead.
     */
    interface IGpuAmdInfo extends wandb_internal.GpuAmdInfo.$Properties {
    }

    /** Represents a GpuAmdInfo. */
    class GpuAmdInfo {

        /**
         * Constructs a new GpuAmdInfo.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.GpuAmdInfo.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** GpuAmdInfo id. */
        id: string;

        /** GpuAmdInfo uniqueId. */
        uniqueId: string;

        /** GpuAmdInfo vbiosVersion. */
        vbiosVersion: string;

        /** GpuAmdInfo performanceLevel. */
        performanceLevel: string;

        /** GpuAmdInfo gpuOverdrive. */
        gpuOverdrive: string;

        /** GpuAmdInfo gpuMemoryOverdrive. */
        gpuMemoryOverdrive: string;

        /** GpuAmdInfo maxPower. */
        maxPower: string;

        /** GpuAmdInfo series. */
        series: string;

        /** GpuAmdInfo model. */
        model: string;

        /** GpuAmdInfo vendor. */
        vendor: string;

        /** GpuAmdInfo sku. */
        sku: string;

        /** GpuAmdInfo sclkRange. */
        sclkRange: string;

        /** GpuAmdInfo mclkRange. */
        mclkRange: string;

        /**
         * Creates a new GpuAmdInfo instance using the specified properties.
         * @param [properties] Properties to set
         * @returns GpuAmdInfo instance
         */
        static create(properties: wandb_internal.GpuAmdInfo.$Shape): wandb_internal.GpuAmdInfo & wandb_internal.GpuAmdInfo.$Shape;
        static create(properties?: wandb_internal.GpuAmdInfo.$Properties): wandb_internal.GpuAmdInfo;

        /**
         * Encodes the specified GpuAmdInfo message. Does not implicitly {@link wandb_internal.GpuAmdInfo.verify|verify} messages.
         * @param message GpuAmdInfo message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.GpuAmdInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a GpuAmdInfo message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.GpuAmdInfo & wandb_internal.GpuAmdInfo.$Shape} GpuAmdInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.GpuAmdInfo & wandb_internal.GpuAmdInfo.$Shape;
    }

    namespace GpuAmdInfo {

        /** Properties of a GpuAmdInfo. */
        interface $Properties {

            /** GpuAmdInfo id */
            id?: (string|null);

            /** GpuAmdInfo uniqueId */
            uniqueId?: (string|null);

            /** GpuAmdInfo vbiosVersion */
            vbiosVersion?: (string|null);

            /** GpuAmdInfo performanceLevel */
            performanceLevel?: (string|null);

            /** GpuAmdInfo gpuOverdrive */
            gpuOverdrive?: (string|null);

            /** GpuAmdInfo gpuMemoryOverdrive */
            gpuMemoryOverdrive?: (string|null);

            /** GpuAmdInfo maxPower */
            maxPower?: (string|null);

            /** GpuAmdInfo series */
            series?: (string|null);

            /** GpuAmdInfo model */
            model?: (string|null);

            /** GpuAmdInfo vendor */
            vendor?: (string|null);

            /** GpuAmdInfo sku */
            sku?: (string|null);

            /** GpuAmdInfo sclkRange */
            sclkRange?: (string|null);

            /** GpuAmdInfo mclkRange */
            mclkRange?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a GpuAmdInfo. */
        type $Shape = wandb_internal.GpuAmdInfo.$Properties;
    }

    /**
     * Properties of a TrainiumInfo.
     * @deprecated Use wandb_internal.TrainiumInfo.$Properties instead.
     */
    interface ITrainiumInfo extends wandb_internal.TrainiumInfo.$Properties {
    }

    /** Represents a TrainiumInfo. */
    class TrainiumInfo {

        /**
         * Constructs a new TrainiumInfo.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.TrainiumInfo.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** TrainiumInfo name. */
        name: string;

        /** TrainiumInfo vendor. */
        vendor: string;

        /** TrainiumInfo neuronDeviceCount. */
        neuronDeviceCount: number;

        /** TrainiumInfo neuroncorePerDeviceCount. */
        neuroncorePerDeviceCount: number;

        /**
         * Creates a new TrainiumInfo instance using the specified properties.
         * @param [properties] Properties to set
         * @returns TrainiumInfo instance
         */
        static create(properties: wandb_internal.TrainiumInfo.$Shape): wandb_internal.TrainiumInfo & wandb_internal.TrainiumInfo.$Shape;
        static create(properties?: wandb_internal.TrainiumInfo.$Properties): wandb_internal.TrainiumInfo;

        /**
         * Encodes the specified TrainiumInfo message. Does not implicitly {@link wandb_internal.TrainiumInfo.verify|verify} messages.
         * @param message TrainiumInfo message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.TrainiumInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a TrainiumInfo message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.TrainiumInfo & wandb_internal.TrainiumInfo.$Shape} TrainiumInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.TrainiumInfo & wandb_internal.TrainiumInfo.$Shape;
    }

    namespace TrainiumInfo {

        /** Properties of a TrainiumInfo. */
        interface $Properties {

            /** TrainiumInfo name */
            name?: (string|null);

            /** TrainiumInfo vendor */
            vendor?: (string|null);

            /** TrainiumInfo neuronDeviceCount */
            neuronDeviceCount?: (number|null);

            /** TrainiumInfo neuroncorePerDeviceCount */
            neuroncorePerDeviceCount?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a TrainiumInfo. */
        type $Shape = wandb_internal.TrainiumInfo.$Properties;
    }

    /**
     * Properties of a TPUInfo.
     * @deprecated Use wandb_internal.TPUInfo.$Properties instead.
     */
    interface ITPUInfo extends wandb_internal.TPUInfo.$Properties {
    }

    /** Represents a TPUInfo. */
    class TPUInfo {

        /**
         * Constructs a new TPUInfo.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.TPUInfo.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** TPUInfo name. */
        name: string;

        /** TPUInfo hbmGib. */
        hbmGib: number;

        /** TPUInfo devicesPerChip. */
        devicesPerChip: number;

        /** TPUInfo count. */
        count: number;

        /**
         * Creates a new TPUInfo instance using the specified properties.
         * @param [properties] Properties to set
         * @returns TPUInfo instance
         */
        static create(properties: wandb_internal.TPUInfo.$Shape): wandb_internal.TPUInfo & wandb_internal.TPUInfo.$Shape;
        static create(properties?: wandb_internal.TPUInfo.$Properties): wandb_internal.TPUInfo;

        /**
         * Encodes the specified TPUInfo message. Does not implicitly {@link wandb_internal.TPUInfo.verify|verify} messages.
         * @param message TPUInfo message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.TPUInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a TPUInfo message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.TPUInfo & wandb_internal.TPUInfo.$Shape} TPUInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.TPUInfo & wandb_internal.TPUInfo.$Shape;
    }

    namespace TPUInfo {

        /** Properties of a TPUInfo. */
        interface $Properties {

            /** TPUInfo name */
            name?: (string|null);

            /** TPUInfo hbmGib */
            hbmGib?: (number|null);

            /** TPUInfo devicesPerChip */
            devicesPerChip?: (number|null);

            /** TPUInfo count */
            count?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a TPUInfo. */
        type $Shape = wandb_internal.TPUInfo.$Properties;
    }

    /**
     * Properties of a CoreWeaveInfo.
     * @deprecated Use wandb_internal.CoreWeaveInfo.$Properties instead.
     */
    interface ICoreWeaveInfo extends wandb_internal.CoreWeaveInfo.$Properties {
    }

    /** Represents a CoreWeaveInfo. */
    class CoreWeaveInfo {

        /**
         * Constructs a new CoreWeaveInfo.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.CoreWeaveInfo.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** CoreWeaveInfo clusterName. */
        clusterName: string;

        /** CoreWeaveInfo orgId. */
        orgId: string;

        /** CoreWeaveInfo region. */
        region: string;

        /**
         * Creates a new CoreWeaveInfo instance using the specified properties.
         * @param [properties] Properties to set
         * @returns CoreWeaveInfo instance
         */
        static create(properties: wandb_internal.CoreWeaveInfo.$Shape): wandb_internal.CoreWeaveInfo & wandb_internal.CoreWeaveInfo.$Shape;
        static create(properties?: wandb_internal.CoreWeaveInfo.$Properties): wandb_internal.CoreWeaveInfo;

        /**
         * Encodes the specified CoreWeaveInfo message. Does not implicitly {@link wandb_internal.CoreWeaveInfo.verify|verify} messages.
         * @param message CoreWeaveInfo message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.CoreWeaveInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a CoreWeaveInfo message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.CoreWeaveInfo & wandb_internal.CoreWeaveInfo.$Shape} CoreWeaveInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.CoreWeaveInfo & wandb_internal.CoreWeaveInfo.$Shape;
    }

    namespace CoreWeaveInfo {

        /** Properties of a CoreWeaveInfo. */
        interface $Properties {

            /** CoreWeaveInfo clusterName */
            clusterName?: (string|null);

            /** CoreWeaveInfo orgId */
            orgId?: (string|null);

            /** CoreWeaveInfo region */
            region?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a CoreWeaveInfo. */
        type $Shape = wandb_internal.CoreWeaveInfo.$Properties;
    }

    /**
     * Properties of a Request.
     * @deprecated Use wandb_internal.Request.$Properties instead.
     */
    interface IRequest extends wandb_internal.Request.$Properties {
    }

    /** Represents a Request. */
    class Request {

        /**
         * Constructs a new Request.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.Request.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Request stopStatus. */
        stopStatus?: (wandb_internal.StopStatusRequest.$Properties|null);

        /** Request networkStatus. */
        networkStatus?: (wandb_internal.NetworkStatusRequest.$Properties|null);

        /** Request defer. */
        defer?: (wandb_internal.DeferRequest.$Properties|null);

        /** Request getSummary. */
        getSummary?: (wandb_internal.GetSummaryRequest.$Properties|null);

        /** Request login. */
        login?: (wandb_internal.LoginRequest.$Properties|null);

        /** Request pause. */
        pause?: (wandb_internal.PauseRequest.$Properties|null);

        /** Request resume. */
        resume?: (wandb_internal.ResumeRequest.$Properties|null);

        /** Request pollExit. */
        pollExit?: (wandb_internal.PollExitRequest.$Properties|null);

        /** Request sampledHistory. */
        sampledHistory?: (wandb_internal.SampledHistoryRequest.$Properties|null);

        /** Request partialHistory. */
        partialHistory?: (wandb_internal.PartialHistoryRequest.$Properties|null);

        /** Request runStart. */
        runStart?: (wandb_internal.RunStartRequest.$Properties|null);

        /** Request checkVersion. */
        checkVersion?: (wandb_internal.CheckVersionRequest.$Properties|null);

        /** Request logArtifact. */
        logArtifact?: (wandb_internal.LogArtifactRequest.$Properties|null);

        /** Request downloadArtifact. */
        downloadArtifact?: (wandb_internal.DownloadArtifactRequest.$Properties|null);

        /** Request keepalive. */
        keepalive?: (wandb_internal.KeepaliveRequest.$Properties|null);

        /** Request runStatus. */
        runStatus?: (wandb_internal.RunStatusRequest.$Properties|null);

        /** Request cancel. */
        cancel?: (wandb_internal.CancelRequest.$Properties|null);

        /** Request metadata. */
        metadata?: (wandb_internal.MetadataRequest.$Properties|null);

        /** Request internalMessages. */
        internalMessages?: (wandb_internal.InternalMessagesRequest.$Properties|null);

        /** Request pythonPackages. */
        pythonPackages?: (wandb_internal.PythonPackagesRequest.$Properties|null);

        /** Request shutdown. */
        shutdown?: (wandb_internal.ShutdownRequest.$Properties|null);

        /** Request attach. */
        attach?: (wandb_internal.AttachRequest.$Properties|null);

        /** Request status. */
        status?: (wandb_internal.StatusRequest.$Properties|null);

        /** Request serverInfo. */
        serverInfo?: (wandb_internal.ServerInfoRequest.$Properties|null);

        /** Request senderMark. */
        senderMark?: (wandb_internal.SenderMarkRequest.$Properties|null);

        /** Request senderRead. */
        senderRead?: (wandb_internal.SenderReadRequest.$Properties|null);

        /** Request statusReport. */
        statusReport?: (wandb_internal.StatusReportRequest.$Properties|null);

        /** Request summaryRecord. */
        summaryRecord?: (wandb_internal.SummaryRecordRequest.$Properties|null);

        /** Request telemetryRecord. */
        telemetryRecord?: (wandb_internal.TelemetryRecordRequest.$Properties|null);

        /** Request jobInfo. */
        jobInfo?: (wandb_internal.JobInfoRequest.$Properties|null);

        /** Request getSystemMetrics. */
        getSystemMetrics?: (wandb_internal.GetSystemMetricsRequest.$Properties|null);

        /** Request sync. */
        sync?: (wandb_internal.SyncRequest.$Properties|null);

        /** Request jobInput. */
        jobInput?: (wandb_internal.JobInputRequest.$Properties|null);

        /** Request linkArtifact. */
        linkArtifact?: (wandb_internal.LinkArtifactRequest.$Properties|null);

        /** Request syncFinish. */
        syncFinish?: (wandb_internal.SyncFinishRequest.$Properties|null);

        /** Request operations. */
        operations?: (wandb_internal.OperationStatsRequest.$Properties|null);

        /** Request probeSystemInfo. */
        probeSystemInfo?: (wandb_internal.ProbeSystemInfoRequest.$Properties|null);

        /** Request historyStep. */
        historyStep?: (wandb_internal.HistoryStepRequest.$Properties|null);

        /** Request testInject. */
        testInject?: (wandb_internal.TestInjectRequest.$Properties|null);

        /** Request requestType. */
        requestType?: ("stopStatus"|"networkStatus"|"defer"|"getSummary"|"login"|"pause"|"resume"|"pollExit"|"sampledHistory"|"partialHistory"|"runStart"|"checkVersion"|"logArtifact"|"downloadArtifact"|"keepalive"|"runStatus"|"cancel"|"metadata"|"internalMessages"|"pythonPackages"|"shutdown"|"attach"|"status"|"serverInfo"|"senderMark"|"senderRead"|"statusReport"|"summaryRecord"|"telemetryRecord"|"jobInfo"|"getSystemMetrics"|"sync"|"jobInput"|"linkArtifact"|"syncFinish"|"operations"|"probeSystemInfo"|"historyStep"|"testInject");

        /**
         * Creates a new Request instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Request instance
         */
        static create(properties: wandb_internal.Request.$Shape): wandb_internal.Request & wandb_internal.Request.$Shape;
        static create(properties?: wandb_internal.Request.$Properties): wandb_internal.Request;

        /**
         * Encodes the specified Request message. Does not implicitly {@link wandb_internal.Request.verify|verify} messages.
         * @param message Request message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.Request.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Request message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.Request & wandb_internal.Request.$Shape} Request
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.Request & wandb_internal.Request.$Shape;
    }

    namespace Request {

        /** Properties of a Request. */
        interface $Properties {

            /** Request stopStatus */
            stopStatus?: (wandb_internal.StopStatusRequest.$Properties|null);

            /** Request networkStatus */
            networkStatus?: (wandb_internal.NetworkStatusRequest.$Properties|null);

            /** Request defer */
            defer?: (wandb_internal.DeferRequest.$Properties|null);

            /** Request getSummary */
            getSummary?: (wandb_internal.GetSummaryRequest.$Properties|null);

            /** Request login */
            login?: (wandb_internal.LoginRequest.$Properties|null);

            /** Request pause */
            pause?: (wandb_internal.PauseRequest.$Properties|null);

            /** Request resume */
            resume?: (wandb_internal.ResumeRequest.$Properties|null);

            /** Request pollExit */
            pollExit?: (wandb_internal.PollExitRequest.$Properties|null);

            /** Request sampledHistory */
            sampledHistory?: (wandb_internal.SampledHistoryRequest.$Properties|null);

            /** Request partialHistory */
            partialHistory?: (wandb_internal.PartialHistoryRequest.$Properties|null);

            /** Request runStart */
            runStart?: (wandb_internal.RunStartRequest.$Properties|null);

            /** Request checkVersion */
            checkVersion?: (wandb_internal.CheckVersionRequest.$Properties|null);

            /** Request logArtifact */
            logArtifact?: (wandb_internal.LogArtifactRequest.$Properties|null);

            /** Request downloadArtifact */
            downloadArtifact?: (wandb_internal.DownloadArtifactRequest.$Properties|null);

            /** Request keepalive */
            keepalive?: (wandb_internal.KeepaliveRequest.$Properties|null);

            /** Request runStatus */
            runStatus?: (wandb_internal.RunStatusRequest.$Properties|null);

            /** Request cancel */
            cancel?: (wandb_internal.CancelRequest.$Properties|null);

            /** Request metadata */
            metadata?: (wandb_internal.MetadataRequest.$Properties|null);

            /** Request internalMessages */
            internalMessages?: (wandb_internal.InternalMessagesRequest.$Properties|null);

            /** Request pythonPackages */
            pythonPackages?: (wandb_internal.PythonPackagesRequest.$Properties|null);

            /** Request shutdown */
            shutdown?: (wandb_internal.ShutdownRequest.$Properties|null);

            /** Request attach */
            attach?: (wandb_internal.AttachRequest.$Properties|null);

            /** Request status */
            status?: (wandb_internal.StatusRequest.$Properties|null);

            /** Request serverInfo */
            serverInfo?: (wandb_internal.ServerInfoRequest.$Properties|null);

            /** Request senderMark */
            senderMark?: (wandb_internal.SenderMarkRequest.$Properties|null);

            /** Request senderRead */
            senderRead?: (wandb_internal.SenderReadRequest.$Properties|null);

            /** Request statusReport */
            statusReport?: (wandb_internal.StatusReportRequest.$Properties|null);

            /** Request summaryRecord */
            summaryRecord?: (wandb_internal.SummaryRecordRequest.$Properties|null);

            /** Request telemetryRecord */
            telemetryRecord?: (wandb_internal.TelemetryRecordRequest.$Properties|null);

            /** Request jobInfo */
            jobInfo?: (wandb_internal.JobInfoRequest.$Properties|null);

            /** Request getSystemMetrics */
            getSystemMetrics?: (wandb_internal.GetSystemMetricsRequest.$Properties|null);

            /** Request sync */
            sync?: (wandb_internal.SyncRequest.$Properties|null);

            /** Request jobInput */
            jobInput?: (wandb_internal.JobInputRequest.$Properties|null);

            /** Request linkArtifact */
            linkArtifact?: (wandb_internal.LinkArtifactRequest.$Properties|null);

            /** Request syncFinish */
            syncFinish?: (wandb_internal.SyncFinishRequest.$Properties|null);

            /** Request operations */
            operations?: (wandb_internal.OperationStatsRequest.$Properties|null);

            /** Request probeSystemInfo */
            probeSystemInfo?: (wandb_internal.ProbeSystemInfoRequest.$Properties|null);

            /** Request historyStep */
            historyStep?: (wandb_internal.HistoryStepRequest.$Properties|null);

            /** Request testInject */
            testInject?: (wandb_internal.TestInjectRequest.$Properties|null);

            /** Request requestType */
            requestType?: ("stopStatus"|"networkStatus"|"defer"|"getSummary"|"login"|"pause"|"resume"|"pollExit"|"sampledHistory"|"partialHistory"|"runStart"|"checkVersion"|"logArtifact"|"downloadArtifact"|"keepalive"|"runStatus"|"cancel"|"metadata"|"internalMessages"|"pythonPackages"|"shutdown"|"attach"|"status"|"serverInfo"|"senderMark"|"senderRead"|"statusReport"|"summaryRecord"|"telemetryRecord"|"jobInfo"|"getSystemMetrics"|"sync"|"jobInput"|"linkArtifact"|"syncFinish"|"operations"|"probeSystemInfo"|"historyStep"|"testInject");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of a Request. */
        type $Shape = {
          stopStatus?: wandb_internal.StopStatusRequest.$Shape|null;
          networkStatus?: wandb_internal.NetworkStatusRequest.$Shape|null;
          defer?: wandb_internal.DeferRequest.$Shape|null;
          getSummary?: wandb_internal.GetSummaryRequest.$Shape|null;
          login?: wandb_internal.LoginRequest.$Shape|null;
          pause?: wandb_internal.PauseRequest.$Shape|null;
          resume?: wandb_internal.ResumeRequest.$Shape|null;
          pollExit?: wandb_internal.PollExitRequest.$Shape|null;
          sampledHistory?: wandb_internal.SampledHistoryRequest.$Shape|null;
          partialHistory?: wandb_internal.PartialHistoryRequest.$Shape|null;
          runStart?: wandb_internal.RunStartRequest.$Shape|null;
          checkVersion?: wandb_internal.CheckVersionRequest.$Shape|null;
          logArtifact?: wandb_internal.LogArtifactRequest.$Shape|null;
          downloadArtifact?: wandb_internal.DownloadArtifactRequest.$Shape|null;
          keepalive?: wandb_internal.KeepaliveRequest.$Shape|null;
          runStatus?: wandb_internal.RunStatusRequest.$Shape|null;
          cancel?: wandb_internal.CancelRequest.$Shape|null;
          metadata?: wandb_internal.MetadataRequest.$Shape|null;
          internalMessages?: wandb_internal.InternalMessagesRequest.$Shape|null;
          pythonPackages?: wandb_internal.PythonPackagesRequest.$Shape|null;
          shutdown?: wandb_internal.ShutdownRequest.$Shape|null;
          attach?: wandb_internal.AttachRequest.$Shape|null;
          status?: wandb_internal.StatusRequest.$Shape|null;
          serverInfo?: wandb_internal.ServerInfoRequest.$Shape|null;
          senderMark?: wandb_internal.SenderMarkRequest.$Shape|null;
          senderRead?: wandb_internal.SenderReadRequest.$Shape|null;
          statusReport?: wandb_internal.StatusReportRequest.$Shape|null;
          summaryRecord?: wandb_internal.SummaryRecordRequest.$Shape|null;
          telemetryRecord?: wandb_internal.TelemetryRecordRequest.$Shape|null;
          jobInfo?: wandb_internal.JobInfoRequest.$Shape|null;
          getSystemMetrics?: wandb_internal.GetSystemMetricsRequest.$Shape|null;
          sync?: wandb_internal.SyncRequest.$Shape|null;
          jobInput?: wandb_internal.JobInputRequest.$Shape|null;
          linkArtifact?: wandb_internal.LinkArtifactRequest.$Shape|null;
          syncFinish?: wandb_internal.SyncFinishRequest.$Shape|null;
          operations?: wandb_internal.OperationStatsRequest.$Shape|null;
          probeSystemInfo?: wandb_internal.ProbeSystemInfoRequest.$Shape|null;
          historyStep?: wandb_internal.HistoryStepRequest.$Shape|null;
          testInject?: wandb_internal.TestInjectRequest.$Shape|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ requestType?: undefined; stopStatus?: null; networkStatus?: null; defer?: null; getSummary?: null; login?: null; pause?: null; resume?: null; pollExit?: null; sampledHistory?: null; partialHistory?: null; runStart?: null; checkVersion?: null; logArtifact?: null; downloadArtifact?: null; keepalive?: null; runStatus?: null; cancel?: null; metadata?: null; internalMessages?: null; pythonPackages?: null; shutdown?: null; attach?: null; status?: null; serverInfo?: null; senderMark?: null; senderRead?: null; statusReport?: null; summaryRecord?: null; telemetryRecord?: null; jobInfo?: null; getSystemMetrics?: null; sync?: null; jobInput?: null; linkArtifact?: null; syncFinish?: null; operations?: null; probeSystemInfo?: null; historyStep?: null; testInject?: null }|{ requestType?: "stopStatus"; stopStatus: wandb_internal.StopStatusRequest.$Shape; networkStatus?: null; defer?: null; getSummary?: null; login?: null; pause?: null; resume?: null; pollExit?: null; sampledHistory?: null; partialHistory?: null; runStart?: null; checkVersion?: null; logArtifact?: null; downloadArtifact?: null; keepalive?: null; runStatus?: null; cancel?: null; metadata?: null; internalMessages?: null; pythonPackages?: null; shutdown?: null; attach?: null; status?: null; serverInfo?: null; senderMark?: null; senderRead?: null; statusReport?: null; summaryRecord?: null; telemetryRecord?: null; jobInfo?: null; getSystemMetrics?: null; sync?: null; jobInput?: null; linkArtifact?: null; syncFinish?: null; operations?: null; probeSystemInfo?: null; historyStep?: null; testInject?: null }|{ requestType?: "networkStatus"; stopStatus?: null; networkStatus: wandb_internal.NetworkStatusRequest.$Shape; defer?: null; getSummary?: null; login?: null; pause?: null; resume?: null; pollExit?: null; sampledHistory?: null; partialHistory?: null; runStart?: null; checkVersion?: null; logArtifact?: null; downloadArtifact?: null; keepalive?: null; runStatus?: null; cancel?: null; metadata?: null; internalMessages?: null; pythonPackages?: null; shutdown?: null; attach?: null; status?: null; serverInfo?: null; senderMark?: null; senderRead?: null; statusReport?: null; summaryRecord?: null; telemetryRecord?: null; jobInfo?: null; getSystemMetrics?: null; sync?: null; jobInput?: null; linkArtifact?: null; syncFinish?: null; operations?: null; probeSystemInfo?: null; historyStep?: null; testInject?: null }|{ requestType?: "defer"; stopStatus?: null; networkStatus?: null; defer: wandb_internal.DeferRequest.$Shape; getSummary?: null; login?: null; pause?: null; resume?: null; pollExit?: null; sampledHistory?: null; partialHistory?: null; runStart?: null; checkVersion?: null; logArtifact?: null; downloadArtifact?: null; keepalive?: null; runStatus?: null; cancel?: null; metadata?: null; internalMessages?: null; pythonPackages?: null; shutdown?: null; attach?: null; status?: null; serverInfo?: null; senderMark?: null; senderRead?: null; statusReport?: null; summaryRecord?: null; telemetryRecord?: null; jobInfo?: null; getSystemMetrics?: null; sync?: null; jobInput?: null; linkArtifact?: null; syncFinish?: null; operations?: null; probeSystemInfo?: null; historyStep?: null; testInject?: null }|{ requestType?: "getSummary"; stopStatus?: null; networkStatus?: null; defer?: null; getSummary: wandb_internal.GetSummaryRequest.$Shape; login?: null; pause?: null; resume?: null; pollExit?: null; sampledHistory?: null; partialHistory?: null; runStart?: null; checkVersion?: null; logArtifact?: null; downloadArtifact?: null; keepalive?: null; runStatus?: null; cancel?: null; metadata?: null; internalMessages?: null; pythonPackages?: null; shutdown?: null; attach?: null; status?: null; serverInfo?: null; senderMark?: null; senderRead?: null; statusReport?: null; summaryRecord?: null; telemetryRecord?: null; jobInfo?: null; getSystemMetrics?: null; sync?: null; jobInput?: null; linkArtifact?: null; syncFinish?: null; operations?: null; probeSystemInfo?: null; historyStep?: null; testInject?: null }|{ requestType?: "login"; stopStatus?: null; networkStatus?: null; defer?: null; getSummary?: null; login: wandb_internal.LoginRequest.$Shape; pause?: null; resume?: null; pollExit?: null; sampledHistory?: null; partialHistory?: null; runStart?: null; checkVersion?: null; logArtifact?: null; downloadArtifact?: null; keepalive?: null; runStatus?: null; cancel?: null; metadata?: null; internalMessages?: null; pythonPackages?: null; shutdown?: null; attach?: null; status?: null; serverInfo?: null; senderMark?: null; senderRead?: null; statusReport?: null; summaryRecord?: null; telemetryRecord?: null; jobInfo?: null; getSystemMetrics?: null; sync?: null; jobInput?: null; linkArtifact?: null; syncFinish?: null; operations?: null; probeSystemInfo?: null; historyStep?: null; testInject?: null }|{ requestType?: "pause"; stopStatus?: null; networkStatus?: null; defer?: null; getSummary?: null; login?: null; pause: wandb_internal.PauseRequest.$Shape; resume?: null; pollExit?: null; sampledHistory?: null; partialHistory?: null; runStart?: null; checkVersion?: null; logArtifact?: null; downloadArtifact?: null; keepalive?: null; runStatus?: null; cancel?: null; metadata?: null; internalMessages?: null; pythonPackages?: null; shutdown?: null; attach?: null; status?: null; serverInfo?: null; senderMark?: null; senderRead?: null; statusReport?: null; summaryRecord?: null; telemetryRecord?: null; jobInfo?: null; getSystemMetrics?: null; sync?: null; jobInput?: null; linkArtifact?: null; syncFinish?: null; operations?: null; probeSystemInfo?: null; historyStep?: null; testInject?: null }|{ requestType?: "resume"; stopStatus?: null; networkStatus?: null; defer?: null; getSummary?: null; login?: null; pause?: null; resume: wandb_internal.ResumeRequest.$Shape; pollExit?: null; sampledHistory?: null; partialHistory?: null; runStart?: null; checkVersion?: null; logArtifact?: null; downloadArtifact?: null; keepalive?: null; runStatus?: null; cancel?: null; metadata?: null; internalMessages?: null; pythonPackages?: null; shutdown?: null; attach?: null; status?: null; serverInfo?: null; senderMark?: null; senderRead?: null; statusReport?: null; summaryRecord?: null; telemetryRecord?: null; jobInfo?: null; getSystemMetrics?: null; sync?: null; jobInput?: null; linkArtifact?: null; syncFinish?: null; operations?: null; probeSystemInfo?: null; historyStep?: null; testInject?: null }|{ requestType?: "pollExit"; stopStatus?: null; networkStatus?: null; defer?: null; getSummary?: null; login?: null; pause?: null; resume?: null; pollExit: wandb_internal.PollExitRequest.$Shape; sampledHistory?: null; partialHistory?: null; runStart?: null; checkVersion?: null; logArtifact?: null; downloadArtifact?: null; keepalive?: null; runStatus?: null; cancel?: null; metadata?: null; internalMessages?: null; pythonPackages?: null; shutdown?: null; attach?: null; status?: null; serverInfo?: null; senderMark?: null; senderRead?: null; statusReport?: null; summaryRecord?: null; telemetryRecord?: null; jobInfo?: null; getSystemMetrics?: null; sync?: null; jobInput?: null; linkArtifact?: null; syncFinish?: null; operations?: null; probeSystemInfo?: null; historyStep?: null; testInject?: null }|{ requestType?: "sampledHistory"; stopStatus?: null; networkStatus?: null; defer?: null; getSummary?: null; login?: null; pause?: null; resume?: null; pollExit?: null; sampledHistory: wandb_internal.SampledHistoryRequest.$Shape; partialHistory?: null; runStart?: null; checkVersion?: null; logArtifact?: null; downloadArtifact?: null; keepalive?: null; runStatus?: null; cancel?: null; metadata?: null; internalMessages?: null; pythonPackages?: null; shutdown?: null; attach?: null; status?: null; serverInfo?: null; senderMark?: null; senderRead?: null; statusReport?: null; summaryRecord?: null; telemetryRecord?: null; jobInfo?: null; getSystemMetrics?: null; sync?: null; jobInput?: null; linkArtifact?: null; syncFinish?: null; operations?: null; probeSystemInfo?: null; historyStep?: null; testInject?: null }|{ requestType?: "partialHistory"; stopStatus?: null; networkStatus?: null; defer?: null; getSummary?: null; login?: null; pause?: null; resume?: null; pollExit?: null; sampledHistory?: null; partialHistory: wandb_internal.PartialHistoryRequest.$Shape; runStart?: null; checkVersion?: null; logArtifact?: null; downloadArtifact?: null; keepalive?: null; runStatus?: null; cancel?: null; metadata?: null; internalMessages?: null; pythonPackages?: null; shutdown?: null; attach?: null; status?: null; serverInfo?: null; senderMark?: null; senderRead?: null; statusReport?: null; summaryRecord?: null; telemetryRecord?: null; jobInfo?: null; getSystemMetrics?: null; sync?: null; jobInput?: null; linkArtifact?: null; syncFinish?: null; operations?: null; probeSystemInfo?: null; historyStep?: null; testInject?: null }|{ requestType?: "runStart"; stopStatus?: null; networkStatus?: null; defer?: null; getSummary?: null; login?: null; pause?: null; resume?: null; pollExit?: null; sampledHistory?: null; partialHistory?: null; runStart: wandb_internal.RunStartRequest.$Shape; checkVersion?: null; logArtifact?: null; downloadArtifact?: null; keepalive?: null; runStatus?: null; cancel?: null; metadata?: null; internalMessages?: null; pythonPackages?: null; shutdown?: null; attach?: null; status?: null; serverInfo?: null; senderMark?: null; senderRead?: null; statusReport?: null; summaryRecord?: null; telemetryRecord?: null; jobInfo?: null; getSystemMetrics?: null; sync?: null; jobInput?: null; linkArtifact?: null; syncFinish?: null; operations?: null; probeSystemInfo?: null; historyStep?: null; testInject?: null }|{ requestType?: "checkVersion"; stopStatus?: null; networkStatus?: null; defer?: null; getSummary?: null; login?: null; pause?: null; resume?: null; pollExit?: null; sampledHistory?: null; partialHistory?: null; runStart?: null; checkVersion: wandb_internal.CheckVersionRequest.$Shape; logArtifact?: null; downloadArtifact?: null; keepalive?: null; runStatus?: null; cancel?: null; metadata?: null; internalMessages?: null; pythonPackages?: null; shutdown?: null; attach?: null; status?: null; serverInfo?: null; senderMark?: null; senderRead?: null; statusReport?: null; summaryRecord?: null; telemetryRecord?: null; jobInfo?: null; getSystemMetrics?: null; sync?: null; jobInput?: null; linkArtifact?: null; syncFinish?: null; operations?: null; probeSystemInfo?: null; historyStep?: null; testInject?: null }|{ requestType?: "logArtifact"; stopStatus?: null; networkStatus?: null; defer?: null; getSummary?: null; login?: null; pause?: null; resume?: null; pollExit?: null; sampledHistory?: null; partialHistory?: null; runStart?: null; checkVersion?: null; logArtifact: wandb_internal.LogArtifactRequest.$Shape; downloadArtifact?: null; keepalive?: null; runStatus?: null; cancel?: null; metadata?: null; internalMessages?: null; pythonPackages?: null; shutdown?: null; attach?: null; status?: null; serverInfo?: null; senderMark?: null; senderRead?: null; statusReport?: null; summaryRecord?: null; telemetryRecord?: null; jobInfo?: null; getSystemMetrics?: null; sync?: null; jobInput?: null; linkArtifact?: null; syncFinish?: null; operations?: null; probeSystemInfo?: null; historyStep?: null; testInject?: null }|{ requestType?: "downloadArtifact"; stopStatus?: null; networkStatus?: null; defer?: null; getSummary?: null; login?: null; pause?: null; resume?: null; pollExit?: null; sampledHistory?: null; partialHistory?: null; runStart?: null; checkVersion?: null; logArtifact?: null; downloadArtifact: wandb_internal.DownloadArtifactRequest.$Shape; keepalive?: null; runStatus?: null; cancel?: null; metadata?: null; internalMessages?: null; pythonPackages?: null; shutdown?: null; attach?: null; status?: null; serverInfo?: null; senderMark?: null; senderRead?: null; statusReport?: null; summaryRecord?: null; telemetryRecord?: null; jobInfo?: null; getSystemMetrics?: null; sync?: null; jobInput?: null; linkArtifact?: null; syncFinish?: null; operations?: null; probeSystemInfo?: null; historyStep?: null; testInject?: null }|{ requestType?: "keepalive"; stopStatus?: null; networkStatus?: null; defer?: null; getSummary?: null; login?: null; pause?: null; resume?: null; pollExit?: null; sampledHistory?: null; partialHistory?: null; runStart?: null; checkVersion?: null; logArtifact?: null; downloadArtifact?: null; keepalive: wandb_internal.KeepaliveRequest.$Shape; runStatus?: null; cancel?: null; metadata?: null; internalMessages?: null; pythonPackages?: null; shutdown?: null; attach?: null; status?: null; serverInfo?: null; senderMark?: null; senderRead?: null; statusReport?: null; summaryRecord?: null; telemetryRecord?: null; jobInfo?: null; getSystemMetrics?: null; sync?: null; jobInput?: null; linkArtifact?: null; syncFinish?: null; operations?: null; probeSystemInfo?: null; historyStep?: null; testInject?: null }|{ requestType?: "runStatus"; stopStatus?: null; networkStatus?: null; defer?: null; getSummary?: null; login?: null; pause?: null; resume?: null; pollExit?: null; sampledHistory?: null; partialHistory?: null; runStart?: null; checkVersion?: null; logArtifact?: null; downloadArtifact?: null; keepalive?: null; runStatus: wandb_internal.RunStatusRequest.$Shape; cancel?: null; metadata?: null; internalMessages?: null; pythonPackages?: null; shutdown?: null; attach?: null; status?: null; serverInfo?: null; senderMark?: null; senderRead?: null; statusReport?: null; summaryRecord?: null; telemetryRecord?: null; jobInfo?: null; getSystemMetrics?: null; sync?: null; jobInput?: null; linkArtifact?: null; syncFinish?: null; operations?: null; probeSystemInfo?: null; historyStep?: null; testInject?: null }|{ requestType?: "cancel"; stopStatus?: null; networkStatus?: null; defer?: null; getSummary?: null; login?: null; pause?: null; resume?: null; pollExit?: null; sampledHistory?: null; partialHistory?: null; runStart?: null; checkVersion?: null; logArtifact?: null; downloadArtifact?: null; keepalive?: null; runStatus?: null; cancel: wandb_internal.CancelRequest.$Shape; metadata?: null; internalMessages?: null; pythonPackages?: null; shutdown?: null; attach?: null; status?: null; serverInfo?: null; senderMark?: null; senderRead?: null; statusReport?: null; summaryRecord?: null; telemetryRecord?: null; jobInfo?: null; getSystemMetrics?: null; sync?: null; jobInput?: null; linkArtifact?: null; syncFinish?: null; operations?: null; probeSystemInfo?: null; historyStep?: null; testInject?: null }|{ requestType?: "metadata"; stopStatus?: null; networkStatus?: null; defer?: null; getSummary?: null; login?: null; pause?: null; resume?: null; pollExit?: null; sampledHistory?: null; partialHistory?: null; runStart?: null; checkVersion?: null; logArtifact?: null; downloadArtifact?: null; keepalive?: null; runStatus?: null; cancel?: null; metadata: wandb_internal.MetadataRequest.$Shape; internalMessages?: null; pythonPackages?: null; shutdown?: null; attach?: null; status?: null; serverInfo?: null; senderMark?: null; senderRead?: null; statusReport?: null; summaryRecord?: null; telemetryRecord?: null; jobInfo?: null; getSystemMetrics?: null; sync?: null; jobInput?: null; linkArtifact?: null; syncFinish?: null; operations?: null; probeSystemInfo?: null; historyStep?: null; testInject?: null }|{ requestType?: "internalMessages"; stopStatus?: null; networkStatus?: null; defer?: null; getSummary?: null; login?: null; pause?: null; resume?: null; pollExit?: null; sampledHistory?: null; partialHistory?: null; runStart?: null; checkVersion?: null; logArtifact?: null; downloadArtifact?: null; keepalive?: null; runStatus?: null; cancel?: null; metadata?: null; internalMessages: wandb_internal.InternalMessagesRequest.$Shape; pythonPackages?: null; shutdown?: null; attach?: null; status?: null; serverInfo?: null; senderMark?: null; senderRead?: null; statusReport?: null; summaryRecord?: null; telemetryRecord?: null; jobInfo?: null; getSystemMetrics?: null; sync?: null; jobInput?: null; linkArtifact?: null; syncFinish?: null; operations?: null; probeSystemInfo?: null; historyStep?: null; testInject?: null }|{ requestType?: "pythonPackages"; stopStatus?: null; networkStatus?: null; defer?: null; getSummary?: null; login?: null; pause?: null; resume?: null; pollExit?: null; sampledHistory?: null; partialHistory?: null; runStart?: null; checkVersion?: null; logArtifact?: null; downloadArtifact?: null; keepalive?: null; runStatus?: null; cancel?: null; metadata?: null; internalMessages?: null; pythonPackages: wandb_internal.PythonPackagesRequest.$Shape; shutdown?: null; attach?: null; status?: null; serverInfo?: null; senderMark?: null; senderRead?: null; statusReport?: null; summaryRecord?: null; telemetryRecord?: null; jobInfo?: null; getSystemMetrics?: null; sync?: null; jobInput?: null; linkArtifact?: null; syncFinish?: null; operations?: null; probeSystemInfo?: null; historyStep?: null; testInject?: null }|{ requestType?: "shutdown"; stopStatus?: null; networkStatus?: null; defer?: null; getSummary?: null; login?: null; pause?: null; resume?: null; pollExit?: null; sampledHistory?: null; partialHistory?: null; runStart?: null; checkVersion?: null; logArtifact?: null; downloadArtifact?: null; keepalive?: null; runStatus?: null; cancel?: null; metadata?: null; internalMessages?: null; pythonPackages?: null; shutdown: wandb_internal.ShutdownRequest.$Shape; attach?: null; status?: null; serverInfo?: null; senderMark?: null; senderRead?: null; statusReport?: null; summaryRecord?: null; telemetryRecord?: null; jobInfo?: null; getSystemMetrics?: null; sync?: null; jobInput?: null; linkArtifact?: null; syncFinish?: null; operations?: null; probeSystemInfo?: null; historyStep?: null; testInject?: null }|{ requestType?: "attach"; stopStatus?: null; networkStatus?: null; defer?: null; getSummary?: null; login?: null; pause?: null; resume?: null; pollExit?: null; sampledHistory?: null; partialHistory?: null; runStart?: null; checkVersion?: null; logArtifact?: null; downloadArtifact?: null; keepalive?: null; runStatus?: null; cancel?: null; metadata?: null; internalMessages?: null; pythonPackages?: null; shutdown?: null; attach: wandb_internal.AttachRequest.$Shape; status?: null; serverInfo?: null; senderMark?: null; senderRead?: null; statusReport?: null; summaryRecord?: null; telemetryRecord?: null; jobInfo?: null; getSystemMetrics?: null; sync?: null; jobInput?: null; linkArtifact?: null; syncFinish?: null; operations?: null; probeSystemInfo?: null; historyStep?: null; testInject?: null }|{ requestType?: "status"; stopStatus?: null; networkStatus?: null; defer?: null; getSummary?: null; login?: null; pause?: null; resume?: null; pollExit?: null; sampledHistory?: null; partialHistory?: null; runStart?: null; checkVersion?: null; logArtifact?: null; downloadArtifact?: null; keepalive?: null; runStatus?: null; cancel?: null; metadata?: null; internalMessages?: null; pythonPackages?: null; shutdown?: null; attach?: null; status: wandb_internal.StatusRequest.$Shape; serverInfo?: null; senderMark?: null; senderRead?: null; statusReport?: null; summaryRecord?: null; telemetryRecord?: null; jobInfo?: null; getSystemMetrics?: null; sync?: null; jobInput?: null; linkArtifact?: null; syncFinish?: null; operations?: null; probeSystemInfo?: null; historyStep?: null; testInject?: null }|{ requestType?: "serverInfo"; stopStatus?: null; networkStatus?: null; defer?: null; getSummary?: null; login?: null; pause?: null; resume?: null; pollExit?: null; sampledHistory?: null; partialHistory?: null; runStart?: null; checkVersion?: null; logArtifact?: null; downloadArtifact?: null; keepalive?: null; runStatus?: null; cancel?: null; metadata?: null; internalMessages?: null; pythonPackages?: null; shutdown?: null; attach?: null; status?: null; serverInfo: wandb_internal.ServerInfoRequest.$Shape; senderMark?: null; senderRead?: null; statusReport?: null; summaryRecord?: null; telemetryRecord?: null; jobInfo?: null; getSystemMetrics?: null; sync?: null; jobInput?: null; linkArtifact?: null; syncFinish?: null; operations?: null; probeSystemInfo?: null; historyStep?: null; testInject?: null }|{ requestType?: "senderMark"; stopStatus?: null; networkStatus?: null; defer?: null; getSummary?: null; login?: null; pause?: null; resume?: null; pollExit?: null; sampledHistory?: null; partialHistory?: null; runStart?: null; checkVersion?: null; logArtifact?: null; downloadArtifact?: null; keepalive?: null; runStatus?: null; cancel?: null; metadata?: null; internalMessages?: null; pythonPackages?: null; shutdown?: null; attach?: null; status?: null; serverInfo?: null; senderMark: wandb_internal.SenderMarkRequest.$Shape; senderRead?: null; statusReport?: null; summaryRecord?: null; telemetryRecord?: null; jobInfo?: null; getSystemMetrics?: null; sync?: null; jobInput?: null; linkArtifact?: null; syncFinish?: null; operations?: null; probeSystemInfo?: null; historyStep?: null; testInject?: null }|{ requestType?: "senderRead"; stopStatus?: null; networkStatus?: null; defer?: null; getSummary?: null; login?: null; pause?: null; resume?: null; pollExit?: null; sampledHistory?: null; partialHistory?: null; runStart?: null; checkVersion?: null; logArtifact?: null; downloadArtifact?: null; keepalive?: null; runStatus?: null; cancel?: null; metadata?: null; internalMessages?: null; pythonPackages?: null; shutdown?: null; attach?: null; status?: null; serverInfo?: null; senderMark?: null; senderRead: wandb_internal.SenderReadRequest.$Shape; statusReport?: null; summaryRecord?: null; telemetryRecord?: null; jobInfo?: null; getSystemMetrics?: null; sync?: null; jobInput?: null; linkArtifact?: null; syncFinish?: null; operations?: null; probeSystemInfo?: null; historyStep?: null; testInject?: null }|{ requestType?: "statusReport"; stopStatus?: null; networkStatus?: null; defer?: null; getSummary?: null; login?: null; pause?: null; resume?: null; pollExit?: null; sampledHistory?: null; partialHistory?: null; runStart?: null; checkVersion?: null; logArtifact?: null; downloadArtifact?: null; keepalive?: null; runStatus?: null; cancel?: null; metadata?: null; internalMessages?: null; pythonPackages?: null; shutdown?: null; attach?: null; status?: null; serverInfo?: null; senderMark?: null; senderRead?: null; statusReport: wandb_internal.StatusReportRequest.$Shape; summaryRecord?: null; telemetryRecord?: null; jobInfo?: null; getSystemMetrics?: null; sync?: null; jobInput?: null; linkArtifact?: null; syncFinish?: null; operations?: null; probeSystemInfo?: null; historyStep?: null; testInject?: null }|{ requestType?: "summaryRecord"; stopStatus?: null; networkStatus?: null; defer?: null; getSummary?: null; login?: null; pause?: null; resume?: null; pollExit?: null; sampledHistory?: null; partialHistory?: null; runStart?: null; checkVersion?: null; logArtifact?: null; downloadArtifact?: null; keepalive?: null; runStatus?: null; cancel?: null; metadata?: null; internalMessages?: null; pythonPackages?: null; shutdown?: null; attach?: null; status?: null; serverInfo?: null; senderMark?: null; senderRead?: null; statusReport?: null; summaryRecord: wandb_internal.SummaryRecordRequest.$Shape; telemetryRecord?: null; jobInfo?: null; getSystemMetrics?: null; sync?: null; jobInput?: null; linkArtifact?: null; syncFinish?: null; operations?: null; probeSystemInfo?: null; historyStep?: null; testInject?: null }|{ requestType?: "telemetryRecord"; stopStatus?: null; networkStatus?: null; defer?: null; getSummary?: null; login?: null; pause?: null; resume?: null; pollExit?: null; sampledHistory?: null; partialHistory?: null; runStart?: null; checkVersion?: null; logArtifact?: null; downloadArtifact?: null; keepalive?: null; runStatus?: null; cancel?: null; metadata?: null; internalMessages?: null; pythonPackages?: null; shutdown?: null; attach?: null; status?: null; serverInfo?: null; senderMark?: null; senderRead?: null; statusReport?: null; summaryRecord?: null; telemetryRecord: wandb_internal.TelemetryRecordRequest.$Shape; jobInfo?: null; getSystemMetrics?: null; sync?: null; jobInput?: null; linkArtifact?: null; syncFinish?: null; operations?: null; probeSystemInfo?: null; historyStep?: null; testInject?: null }|{ requestType?: "jobInfo"; stopStatus?: null; networkStatus?: null; defer?: null; getSummary?: null; login?: null; pause?: null; resume?: null; pollExit?: null; sampledHistory?: null; partialHistory?: null; runStart?: null; checkVersion?: null; logArtifact?: null; downloadArtifact?: null; keepalive?: null; runStatus?: null; cancel?: null; metadata?: null; internalMessages?: null; pythonPackages?: null; shutdown?: null; attach?: null; status?: null; serverInfo?: null; senderMark?: null; senderRead?: null; statusReport?: null; summaryRecord?: null; telemetryRecord?: null; jobInfo: wandb_internal.JobInfoRequest.$Shape; getSystemMetrics?: null; sync?: null; jobInput?: null; linkArtifact?: null; syncFinish?: null; operations?: null; probeSystemInfo?: null; historyStep?: null; testInject?: null }|{ requestType?: "getSystemMetrics"; stopStatus?: null; networkStatus?: null; defer?: null; getSummary?: null; login?: null; pause?: null; resume?: null; pollExit?: null; sampledHistory?: null; partialHistory?: null; runStart?: null; checkVersion?: null; logArtifact?: null; downloadArtifact?: null; keepalive?: null; runStatus?: null; cancel?: null; metadata?: null; internalMessages?: null; pythonPackages?: null; shutdown?: null; attach?: null; status?: null; serverInfo?: null; senderMark?: null; senderRead?: null; statusReport?: null; summaryRecord?: null; telemetryRecord?: null; jobInfo?: null; getSystemMetrics: wandb_internal.GetSystemMetricsRequest.$Shape; sync?: null; jobInput?: null; linkArtifact?: null; syncFinish?: null; operations?: null; probeSystemInfo?: null; historyStep?: null; testInject?: null }|{ requestType?: "sync"; stopStatus?: null; networkStatus?: null; defer?: null; getSummary?: null; login?: null; pause?: null; resume?: null; pollExit?: null; sampledHistory?: null; partialHistory?: null; runStart?: null; checkVersion?: null; logArtifact?: null; downloadArtifact?: null; keepalive?: null; runStatus?: null; cancel?: null; metadata?: null; internalMessages?: null; pythonPackages?: null; shutdown?: null; attach?: null; status?: null; serverInfo?: null; senderMark?: null; senderRead?: null; statusReport?: null; summaryRecord?: null; telemetryRecord?: null; jobInfo?: null; getSystemMetrics?: null; sync: wandb_internal.SyncRequest.$Shape; jobInput?: null; linkArtifact?: null; syncFinish?: null; operations?: null; probeSystemInfo?: null; historyStep?: null; testInject?: null }|{ requestType?: "jobInput"; stopStatus?: null; networkStatus?: null; defer?: null; getSummary?: null; login?: null; pause?: null; resume?: null; pollExit?: null; sampledHistory?: null; partialHistory?: null; runStart?: null; checkVersion?: null; logArtifact?: null; downloadArtifact?: null; keepalive?: null; runStatus?: null; cancel?: null; metadata?: null; internalMessages?: null; pythonPackages?: null; shutdown?: null; attach?: null; status?: null; serverInfo?: null; senderMark?: null; senderRead?: null; statusReport?: null; summaryRecord?: null; telemetryRecord?: null; jobInfo?: null; getSystemMetrics?: null; sync?: null; jobInput: wandb_internal.JobInputRequest.$Shape; linkArtifact?: null; syncFinish?: null; operations?: null; probeSystemInfo?: null; historyStep?: null; testInject?: null }|{ requestType?: "linkArtifact"; stopStatus?: null; networkStatus?: null; defer?: null; getSummary?: null; login?: null; pause?: null; resume?: null; pollExit?: null; sampledHistory?: null; partialHistory?: null; runStart?: null; checkVersion?: null; logArtifact?: null; downloadArtifact?: null; keepalive?: null; runStatus?: null; cancel?: null; metadata?: null; internalMessages?: null; pythonPackages?: null; shutdown?: null; attach?: null; status?: null; serverInfo?: null; senderMark?: null; senderRead?: null; statusReport?: null; summaryRecord?: null; telemetryRecord?: null; jobInfo?: null; getSystemMetrics?: null; sync?: null; jobInput?: null; linkArtifact: wandb_internal.LinkArtifactRequest.$Shape; syncFinish?: null; operations?: null; probeSystemInfo?: null; historyStep?: null; testInject?: null }|{ requestType?: "syncFinish"; stopStatus?: null; networkStatus?: null; defer?: null; getSummary?: null; login?: null; pause?: null; resume?: null; pollExit?: null; sampledHistory?: null; partialHistory?: null; runStart?: null; checkVersion?: null; logArtifact?: null; downloadArtifact?: null; keepalive?: null; runStatus?: null; cancel?: null; metadata?: null; internalMessages?: null; pythonPackages?: null; shutdown?: null; attach?: null; status?: null; serverInfo?: null; senderMark?: null; senderRead?: null; statusReport?: null; summaryRecord?: null; telemetryRecord?: null; jobInfo?: null; getSystemMetrics?: null; sync?: null; jobInput?: null; linkArtifact?: null; syncFinish: wandb_internal.SyncFinishRequest.$Shape; operations?: null; probeSystemInfo?: null; historyStep?: null; testInject?: null }|{ requestType?: "operations"; stopStatus?: null; networkStatus?: null; defer?: null; getSummary?: null; login?: null; pause?: null; resume?: null; pollExit?: null; sampledHistory?: null; partialHistory?: null; runStart?: null; checkVersion?: null; logArtifact?: null; downloadArtifact?: null; keepalive?: null; runStatus?: null; cancel?: null; metadata?: null; internalMessages?: null; pythonPackages?: null; shutdown?: null; attach?: null; status?: null; serverInfo?: null; senderMark?: null; senderRead?: null; statusReport?: null; summaryRecord?: null; telemetryRecord?: null; jobInfo?: null; getSystemMetrics?: null; sync?: null; jobInput?: null; linkArtifact?: null; syncFinish?: null; operations: wandb_internal.OperationStatsRequest.$Shape; probeSystemInfo?: null; historyStep?: null; testInject?: null }|{ requestType?: "probeSystemInfo"; stopStatus?: null; networkStatus?: null; defer?: null; getSummary?: null; login?: null; pause?: null; resume?: null; pollExit?: null; sampledHistory?: null; partialHistory?: null; runStart?: null; checkVersion?: null; logArtifact?: null; downloadArtifact?: null; keepalive?: null; runStatus?: null; cancel?: null; metadata?: null; internalMessages?: null; pythonPackages?: null; shutdown?: null; attach?: null; status?: null; serverInfo?: null; senderMark?: null; senderRead?: null; statusReport?: null; summaryRecord?: null; telemetryRecord?: null; jobInfo?: null; getSystemMetrics?: null; sync?: null; jobInput?: null; linkArtifact?: null; syncFinish?: null; operations?: null; probeSystemInfo: wandb_internal.ProbeSystemInfoRequest.$Shape; historyStep?: null; testInject?: null }|{ requestType?: "historyStep"; stopStatus?: null; networkStatus?: null; defer?: null; getSummary?: null; login?: null; pause?: null; resume?: null; pollExit?: null; sampledHistory?: null; partialHistory?: null; runStart?: null; checkVersion?: null; logArtifact?: null; downloadArtifact?: null; keepalive?: null; runStatus?: null; cancel?: null; metadata?: null; internalMessages?: null; pythonPackages?: null; shutdown?: null; attach?: null; status?: null; serverInfo?: null; senderMark?: null; senderRead?: null; statusReport?: null; summaryRecord?: null; telemetryRecord?: null; jobInfo?: null; getSystemMetrics?: null; sync?: null; jobInput?: null; linkArtifact?: null; syncFinish?: null; operations?: null; probeSystemInfo?: null; historyStep: wandb_internal.HistoryStepRequest.$Shape; testInject?: null }|{ requestType?: "testInject"; stopStatus?: null; networkStatus?: null; defer?: null; getSummary?: null; login?: null; pause?: null; resume?: null; pollExit?: null; sampledHistory?: null; partialHistory?: null; runStart?: null; checkVersion?: null; logArtifact?: null; downloadArtifact?: null; keepalive?: null; runStatus?: null; cancel?: null; metadata?: null; internalMessages?: null; pythonPackages?: null; shutdown?: null; attach?: null; status?: null; serverInfo?: null; senderMark?: null; senderRead?: null; statusReport?: null; summaryRecord?: null; telemetryRecord?: null; jobInfo?: null; getSystemMetrics?: null; sync?: null; jobInput?: null; linkArtifact?: null; syncFinish?: null; operations?: null; probeSystemInfo?: null; historyStep?: null; testInject: wandb_internal.TestInjectRequest.$Shape })
        );
    }

    /**
     * Properties of a Response.
     * @deprecated Use wandb_internal.Response.$Properties instead.
     */
    interface IResponse extends wandb_internal.Response.$Properties {
    }

    /** Represents a Response. */
    class Response {

        /**
         * Constructs a new Response.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.Response.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Response keepaliveResponse. */
        keepaliveResponse?: (wandb_internal.KeepaliveResponse.$Properties|null);

        /** Response stopStatusResponse. */
        stopStatusResponse?: (wandb_internal.StopStatusResponse.$Properties|null);

        /** Response networkStatusResponse. */
        networkStatusResponse?: (wandb_internal.NetworkStatusResponse.$Properties|null);

        /** Response loginResponse. */
        loginResponse?: (wandb_internal.LoginResponse.$Properties|null);

        /** Response getSummaryResponse. */
        getSummaryResponse?: (wandb_internal.GetSummaryResponse.$Properties|null);

        /** Response pollExitResponse. */
        pollExitResponse?: (wandb_internal.PollExitResponse.$Properties|null);

        /** Response sampledHistoryResponse. */
        sampledHistoryResponse?: (wandb_internal.SampledHistoryResponse.$Properties|null);

        /** Response runStartResponse. */
        runStartResponse?: (wandb_internal.RunStartResponse.$Properties|null);

        /** Response checkVersionResponse. */
        checkVersionResponse?: (wandb_internal.CheckVersionResponse.$Properties|null);

        /** Response logArtifactResponse. */
        logArtifactResponse?: (wandb_internal.LogArtifactResponse.$Properties|null);

        /** Response downloadArtifactResponse. */
        downloadArtifactResponse?: (wandb_internal.DownloadArtifactResponse.$Properties|null);

        /** Response runStatusResponse. */
        runStatusResponse?: (wandb_internal.RunStatusResponse.$Properties|null);

        /** Response cancelResponse. */
        cancelResponse?: (wandb_internal.CancelResponse.$Properties|null);

        /** Response internalMessagesResponse. */
        internalMessagesResponse?: (wandb_internal.InternalMessagesResponse.$Properties|null);

        /** Response shutdownResponse. */
        shutdownResponse?: (wandb_internal.ShutdownResponse.$Properties|null);

        /** Response attachResponse. */
        attachResponse?: (wandb_internal.AttachResponse.$Properties|null);

        /** Response statusResponse. */
        statusResponse?: (wandb_internal.StatusResponse.$Properties|null);

        /** Response serverInfoResponse. */
        serverInfoResponse?: (wandb_internal.ServerInfoResponse.$Properties|null);

        /** Response jobInfoResponse. */
        jobInfoResponse?: (wandb_internal.JobInfoResponse.$Properties|null);

        /** Response getSystemMetricsResponse. */
        getSystemMetricsResponse?: (wandb_internal.GetSystemMetricsResponse.$Properties|null);

        /** Response syncResponse. */
        syncResponse?: (wandb_internal.SyncResponse.$Properties|null);

        /** Response linkArtifactResponse. */
        linkArtifactResponse?: (wandb_internal.LinkArtifactResponse.$Properties|null);

        /** Response operationsResponse. */
        operationsResponse?: (wandb_internal.OperationStatsResponse.$Properties|null);

        /** Response historyStepResponse. */
        historyStepResponse?: (wandb_internal.HistoryStepResponse.$Properties|null);

        /** Response testInjectResponse. */
        testInjectResponse?: (wandb_internal.TestInjectResponse.$Properties|null);

        /** Response responseType. */
        responseType?: ("keepaliveResponse"|"stopStatusResponse"|"networkStatusResponse"|"loginResponse"|"getSummaryResponse"|"pollExitResponse"|"sampledHistoryResponse"|"runStartResponse"|"checkVersionResponse"|"logArtifactResponse"|"downloadArtifactResponse"|"runStatusResponse"|"cancelResponse"|"internalMessagesResponse"|"shutdownResponse"|"attachResponse"|"statusResponse"|"serverInfoResponse"|"jobInfoResponse"|"getSystemMetricsResponse"|"syncResponse"|"linkArtifactResponse"|"operationsResponse"|"historyStepResponse"|"testInjectResponse");

        /**
         * Creates a new Response instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Response instance
         */
        static create(properties: wandb_internal.Response.$Shape): wandb_internal.Response & wandb_internal.Response.$Shape;
        static create(properties?: wandb_internal.Response.$Properties): wandb_internal.Response;

        /**
         * Encodes the specified Response message. Does not implicitly {@link wandb_internal.Response.verify|verify} messages.
         * @param message Response message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.Response.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a Response message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.Response & wandb_internal.Response.$Shape} Response
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.Response & wandb_internal.Response.$Shape;
    }

    namespace Response {

        /** Properties of a Response. */
        interface $Properties {

            /** Response keepaliveResponse */
            keepaliveResponse?: (wandb_internal.KeepaliveResponse.$Properties|null);

            /** Response stopStatusResponse */
            stopStatusResponse?: (wandb_internal.StopStatusResponse.$Properties|null);

            /** Response networkStatusResponse */
            networkStatusResponse?: (wandb_internal.NetworkStatusResponse.$Properties|null);

            /** Response loginResponse */
            loginResponse?: (wandb_internal.LoginResponse.$Properties|null);

            /** Response getSummaryResponse */
            getSummaryResponse?: (wandb_internal.GetSummaryResponse.$Properties|null);

            /** Response pollExitResponse */
            pollExitResponse?: (wandb_internal.PollExitResponse.$Properties|null);

            /** Response sampledHistoryResponse */
            sampledHistoryResponse?: (wandb_internal.SampledHistoryResponse.$Properties|null);

            /** Response runStartResponse */
            runStartResponse?: (wandb_internal.RunStartResponse.$Properties|null);

            /** Response checkVersionResponse */
            checkVersionResponse?: (wandb_internal.CheckVersionResponse.$Properties|null);

            /** Response logArtifactResponse */
            logArtifactResponse?: (wandb_internal.LogArtifactResponse.$Properties|null);

            /** Response downloadArtifactResponse */
            downloadArtifactResponse?: (wandb_internal.DownloadArtifactResponse.$Properties|null);

            /** Response runStatusResponse */
            runStatusResponse?: (wandb_internal.RunStatusResponse.$Properties|null);

            /** Response cancelResponse */
            cancelResponse?: (wandb_internal.CancelResponse.$Properties|null);

            /** Response internalMessagesResponse */
            internalMessagesResponse?: (wandb_internal.InternalMessagesResponse.$Properties|null);

            /** Response shutdownResponse */
            shutdownResponse?: (wandb_internal.ShutdownResponse.$Properties|null);

            /** Response attachResponse */
            attachResponse?: (wandb_internal.AttachResponse.$Properties|null);

            /** Response statusResponse */
            statusResponse?: (wandb_internal.StatusResponse.$Properties|null);

            /** Response serverInfoResponse */
            serverInfoResponse?: (wandb_internal.ServerInfoResponse.$Properties|null);

            /** Response jobInfoResponse */
            jobInfoResponse?: (wandb_internal.JobInfoResponse.$Properties|null);

            /** Response getSystemMetricsResponse */
            getSystemMetricsResponse?: (wandb_internal.GetSystemMetricsResponse.$Properties|null);

            /** Response syncResponse */
            syncResponse?: (wandb_internal.SyncResponse.$Properties|null);

            /** Response linkArtifactResponse */
            linkArtifactResponse?: (wandb_internal.LinkArtifactResponse.$Properties|null);

            /** Response operationsResponse */
            operationsResponse?: (wandb_internal.OperationStatsResponse.$Properties|null);

            /** Response historyStepResponse */
            historyStepResponse?: (wandb_internal.HistoryStepResponse.$Properties|null);

            /** Response testInjectResponse */
            testInjectResponse?: (wandb_internal.TestInjectResponse.$Properties|null);

            /** Response responseType */
            responseType?: ("keepaliveResponse"|"stopStatusResponse"|"networkStatusResponse"|"loginResponse"|"getSummaryResponse"|"pollExitResponse"|"sampledHistoryResponse"|"runStartResponse"|"checkVersionResponse"|"logArtifactResponse"|"downloadArtifactResponse"|"runStatusResponse"|"cancelResponse"|"internalMessagesResponse"|"shutdownResponse"|"attachResponse"|"statusResponse"|"serverInfoResponse"|"jobInfoResponse"|"getSystemMetricsResponse"|"syncResponse"|"linkArtifactResponse"|"operationsResponse"|"historyStepResponse"|"testInjectResponse");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of a Response. */
        type $Shape = {
          keepaliveResponse?: wandb_internal.KeepaliveResponse.$Shape|null;
          stopStatusResponse?: wandb_internal.StopStatusResponse.$Shape|null;
          networkStatusResponse?: wandb_internal.NetworkStatusResponse.$Shape|null;
          loginResponse?: wandb_internal.LoginResponse.$Shape|null;
          getSummaryResponse?: wandb_internal.GetSummaryResponse.$Shape|null;
          pollExitResponse?: wandb_internal.PollExitResponse.$Shape|null;
          sampledHistoryResponse?: wandb_internal.SampledHistoryResponse.$Shape|null;
          runStartResponse?: wandb_internal.RunStartResponse.$Shape|null;
          checkVersionResponse?: wandb_internal.CheckVersionResponse.$Shape|null;
          logArtifactResponse?: wandb_internal.LogArtifactResponse.$Shape|null;
          downloadArtifactResponse?: wandb_internal.DownloadArtifactResponse.$Shape|null;
          runStatusResponse?: wandb_internal.RunStatusResponse.$Shape|null;
          cancelResponse?: wandb_internal.CancelResponse.$Shape|null;
          internalMessagesResponse?: wandb_internal.InternalMessagesResponse.$Shape|null;
          shutdownResponse?: wandb_internal.ShutdownResponse.$Shape|null;
          attachResponse?: wandb_internal.AttachResponse.$Shape|null;
          statusResponse?: wandb_internal.StatusResponse.$Shape|null;
          serverInfoResponse?: wandb_internal.ServerInfoResponse.$Shape|null;
          jobInfoResponse?: wandb_internal.JobInfoResponse.$Shape|null;
          getSystemMetricsResponse?: wandb_internal.GetSystemMetricsResponse.$Shape|null;
          syncResponse?: wandb_internal.SyncResponse.$Shape|null;
          linkArtifactResponse?: wandb_internal.LinkArtifactResponse.$Shape|null;
          operationsResponse?: wandb_internal.OperationStatsResponse.$Shape|null;
          historyStepResponse?: wandb_internal.HistoryStepResponse.$Shape|null;
          testInjectResponse?: wandb_internal.TestInjectResponse.$Shape|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ responseType?: undefined; keepaliveResponse?: null; stopStatusResponse?: null; networkStatusResponse?: null; loginResponse?: null; getSummaryResponse?: null; pollExitResponse?: null; sampledHistoryResponse?: null; runStartResponse?: null; checkVersionResponse?: null; logArtifactResponse?: null; downloadArtifactResponse?: null; runStatusResponse?: null; cancelResponse?: null; internalMessagesResponse?: null; shutdownResponse?: null; attachResponse?: null; statusResponse?: null; serverInfoResponse?: null; jobInfoResponse?: null; getSystemMetricsResponse?: null; syncResponse?: null; linkArtifactResponse?: null; operationsResponse?: null; historyStepResponse?: null; testInjectResponse?: null }|{ responseType?: "keepaliveResponse"; keepaliveResponse: wandb_internal.KeepaliveResponse.$Shape; stopStatusResponse?: null; networkStatusResponse?: null; loginResponse?: null; getSummaryResponse?: null; pollExitResponse?: null; sampledHistoryResponse?: null; runStartResponse?: null; checkVersionResponse?: null; logArtifactResponse?: null; downloadArtifactResponse?: null; runStatusResponse?: null; cancelResponse?: null; internalMessagesResponse?: null; shutdownResponse?: null; attachResponse?: null; statusResponse?: null; serverInfoResponse?: null; jobInfoResponse?: null; getSystemMetricsResponse?: null; syncResponse?: null; linkArtifactResponse?: null; operationsResponse?: null; historyStepResponse?: null; testInjectResponse?: null }|{ responseType?: "stopStatusResponse"; keepaliveResponse?: null; stopStatusResponse: wandb_internal.StopStatusResponse.$Shape; networkStatusResponse?: null; loginResponse?: null; getSummaryResponse?: null; pollExitResponse?: null; sampledHistoryResponse?: null; runStartResponse?: null; checkVersionResponse?: null; logArtifactResponse?: null; downloadArtifactResponse?: null; runStatusResponse?: null; cancelResponse?: null; internalMessagesResponse?: null; shutdownResponse?: null; attachResponse?: null; statusResponse?: null; serverInfoResponse?: null; jobInfoResponse?: null; getSystemMetricsResponse?: null; syncResponse?: null; linkArtifactResponse?: null; operationsResponse?: null; historyStepResponse?: null; testInjectResponse?: null }|{ responseType?: "networkStatusResponse"; keepaliveResponse?: null; stopStatusResponse?: null; networkStatusResponse: wandb_internal.NetworkStatusResponse.$Shape; loginResponse?: null; getSummaryResponse?: null; pollExitResponse?: null; sampledHistoryResponse?: null; runStartResponse?: null; checkVersionResponse?: null; logArtifactResponse?: null; downloadArtifactResponse?: null; runStatusResponse?: null; cancelResponse?: null; internalMessagesResponse?: null; shutdownResponse?: null; attachResponse?: null; statusResponse?: null; serverInfoResponse?: null; jobInfoResponse?: null; getSystemMetricsResponse?: null; syncResponse?: null; linkArtifactResponse?: null; operationsResponse?: null; historyStepResponse?: null; testInjectResponse?: null }|{ responseType?: "loginResponse"; keepaliveResponse?: null; stopStatusResponse?: null; networkStatusResponse?: null; loginResponse: wandb_internal.LoginResponse.$Shape; getSummaryResponse?: null; pollExitResponse?: null; sampledHistoryResponse?: null; runStartResponse?: null; checkVersionResponse?: null; logArtifactResponse?: null; downloadArtifactResponse?: null; runStatusResponse?: null; cancelResponse?: null; internalMessagesResponse?: null; shutdownResponse?: null; attachResponse?: null; statusResponse?: null; serverInfoResponse?: null; jobInfoResponse?: null; getSystemMetricsResponse?: null; syncResponse?: null; linkArtifactResponse?: null; operationsResponse?: null; historyStepResponse?: null; testInjectResponse?: null }|{ responseType?: "getSummaryResponse"; keepaliveResponse?: null; stopStatusResponse?: null; networkStatusResponse?: null; loginResponse?: null; getSummaryResponse: wandb_internal.GetSummaryResponse.$Shape; pollExitResponse?: null; sampledHistoryResponse?: null; runStartResponse?: null; checkVersionResponse?: null; logArtifactResponse?: null; downloadArtifactResponse?: null; runStatusResponse?: null; cancelResponse?: null; internalMessagesResponse?: null; shutdownResponse?: null; attachResponse?: null; statusResponse?: null; serverInfoResponse?: null; jobInfoResponse?: null; getSystemMetricsResponse?: null; syncResponse?: null; linkArtifactResponse?: null; operationsResponse?: null; historyStepResponse?: null; testInjectResponse?: null }|{ responseType?: "pollExitResponse"; keepaliveResponse?: null; stopStatusResponse?: null; networkStatusResponse?: null; loginResponse?: null; getSummaryResponse?: null; pollExitResponse: wandb_internal.PollExitResponse.$Shape; sampledHistoryResponse?: null; runStartResponse?: null; checkVersionResponse?: null; logArtifactResponse?: null; downloadArtifactResponse?: null; runStatusResponse?: null; cancelResponse?: null; internalMessagesResponse?: null; shutdownResponse?: null; attachResponse?: null; statusResponse?: null; serverInfoResponse?: null; jobInfoResponse?: null; getSystemMetricsResponse?: null; syncResponse?: null; linkArtifactResponse?: null; operationsResponse?: null; historyStepResponse?: null; testInjectResponse?: null }|{ responseType?: "sampledHistoryResponse"; keepaliveResponse?: null; stopStatusResponse?: null; networkStatusResponse?: null; loginResponse?: null; getSummaryResponse?: null; pollExitResponse?: null; sampledHistoryResponse: wandb_internal.SampledHistoryResponse.$Shape; runStartResponse?: null; checkVersionResponse?: null; logArtifactResponse?: null; downloadArtifactResponse?: null; runStatusResponse?: null; cancelResponse?: null; internalMessagesResponse?: null; shutdownResponse?: null; attachResponse?: null; statusResponse?: null; serverInfoResponse?: null; jobInfoResponse?: null; getSystemMetricsResponse?: null; syncResponse?: null; linkArtifactResponse?: null; operationsResponse?: null; historyStepResponse?: null; testInjectResponse?: null }|{ responseType?: "runStartResponse"; keepaliveResponse?: null; stopStatusResponse?: null; networkStatusResponse?: null; loginResponse?: null; getSummaryResponse?: null; pollExitResponse?: null; sampledHistoryResponse?: null; runStartResponse: wandb_internal.RunStartResponse.$Shape; checkVersionResponse?: null; logArtifactResponse?: null; downloadArtifactResponse?: null; runStatusResponse?: null; cancelResponse?: null; internalMessagesResponse?: null; shutdownResponse?: null; attachResponse?: null; statusResponse?: null; serverInfoResponse?: null; jobInfoResponse?: null; getSystemMetricsResponse?: null; syncResponse?: null; linkArtifactResponse?: null; operationsResponse?: null; historyStepResponse?: null; testInjectResponse?: null }|{ responseType?: "checkVersionResponse"; keepaliveResponse?: null; stopStatusResponse?: null; networkStatusResponse?: null; loginResponse?: null; getSummaryResponse?: null; pollExitResponse?: null; sampledHistoryResponse?: null; runStartResponse?: null; checkVersionResponse: wandb_internal.CheckVersionResponse.$Shape; logArtifactResponse?: null; downloadArtifactResponse?: null; runStatusResponse?: null; cancelResponse?: null; internalMessagesResponse?: null; shutdownResponse?: null; attachResponse?: null; statusResponse?: null; serverInfoResponse?: null; jobInfoResponse?: null; getSystemMetricsResponse?: null; syncResponse?: null; linkArtifactResponse?: null; operationsResponse?: null; historyStepResponse?: null; testInjectResponse?: null }|{ responseType?: "logArtifactResponse"; keepaliveResponse?: null; stopStatusResponse?: null; networkStatusResponse?: null; loginResponse?: null; getSummaryResponse?: null; pollExitResponse?: null; sampledHistoryResponse?: null; runStartResponse?: null; checkVersionResponse?: null; logArtifactResponse: wandb_internal.LogArtifactResponse.$Shape; downloadArtifactResponse?: null; runStatusResponse?: null; cancelResponse?: null; internalMessagesResponse?: null; shutdownResponse?: null; attachResponse?: null; statusResponse?: null; serverInfoResponse?: null; jobInfoResponse?: null; getSystemMetricsResponse?: null; syncResponse?: null; linkArtifactResponse?: null; operationsResponse?: null; historyStepResponse?: null; testInjectResponse?: null }|{ responseType?: "downloadArtifactResponse"; keepaliveResponse?: null; stopStatusResponse?: null; networkStatusResponse?: null; loginResponse?: null; getSummaryResponse?: null; pollExitResponse?: null; sampledHistoryResponse?: null; runStartResponse?: null; checkVersionResponse?: null; logArtifactResponse?: null; downloadArtifactResponse: wandb_internal.DownloadArtifactResponse.$Shape; runStatusResponse?: null; cancelResponse?: null; internalMessagesResponse?: null; shutdownResponse?: null; attachResponse?: null; statusResponse?: null; serverInfoResponse?: null; jobInfoResponse?: null; getSystemMetricsResponse?: null; syncResponse?: null; linkArtifactResponse?: null; operationsResponse?: null; historyStepResponse?: null; testInjectResponse?: null }|{ responseType?: "runStatusResponse"; keepaliveResponse?: null; stopStatusResponse?: null; networkStatusResponse?: null; loginResponse?: null; getSummaryResponse?: null; pollExitResponse?: null; sampledHistoryResponse?: null; runStartResponse?: null; checkVersionResponse?: null; logArtifactResponse?: null; downloadArtifactResponse?: null; runStatusResponse: wandb_internal.RunStatusResponse.$Shape; cancelResponse?: null; internalMessagesResponse?: null; shutdownResponse?: null; attachResponse?: null; statusResponse?: null; serverInfoResponse?: null; jobInfoResponse?: null; getSystemMetricsResponse?: null; syncResponse?: null; linkArtifactResponse?: null; operationsResponse?: null; historyStepResponse?: null; testInjectResponse?: null }|{ responseType?: "cancelResponse"; keepaliveResponse?: null; stopStatusResponse?: null; networkStatusResponse?: null; loginResponse?: null; getSummaryResponse?: null; pollExitResponse?: null; sampledHistoryResponse?: null; runStartResponse?: null; checkVersionResponse?: null; logArtifactResponse?: null; downloadArtifactResponse?: null; runStatusResponse?: null; cancelResponse: wandb_internal.CancelResponse.$Shape; internalMessagesResponse?: null; shutdownResponse?: null; attachResponse?: null; statusResponse?: null; serverInfoResponse?: null; jobInfoResponse?: null; getSystemMetricsResponse?: null; syncResponse?: null; linkArtifactResponse?: null; operationsResponse?: null; historyStepResponse?: null; testInjectResponse?: null }|{ responseType?: "internalMessagesResponse"; keepaliveResponse?: null; stopStatusResponse?: null; networkStatusResponse?: null; loginResponse?: null; getSummaryResponse?: null; pollExitResponse?: null; sampledHistoryResponse?: null; runStartResponse?: null; checkVersionResponse?: null; logArtifactResponse?: null; downloadArtifactResponse?: null; runStatusResponse?: null; cancelResponse?: null; internalMessagesResponse: wandb_internal.InternalMessagesResponse.$Shape; shutdownResponse?: null; attachResponse?: null; statusResponse?: null; serverInfoResponse?: null; jobInfoResponse?: null; getSystemMetricsResponse?: null; syncResponse?: null; linkArtifactResponse?: null; operationsResponse?: null; historyStepResponse?: null; testInjectResponse?: null }|{ responseType?: "shutdownResponse"; keepaliveResponse?: null; stopStatusResponse?: null; networkStatusResponse?: null; loginResponse?: null; getSummaryResponse?: null; pollExitResponse?: null; sampledHistoryResponse?: null; runStartResponse?: null; checkVersionResponse?: null; logArtifactResponse?: null; downloadArtifactResponse?: null; runStatusResponse?: null; cancelResponse?: null; internalMessagesResponse?: null; shutdownResponse: wandb_internal.ShutdownResponse.$Shape; attachResponse?: null; statusResponse?: null; serverInfoResponse?: null; jobInfoResponse?: null; getSystemMetricsResponse?: null; syncResponse?: null; linkArtifactResponse?: null; operationsResponse?: null; historyStepResponse?: null; testInjectResponse?: null }|{ responseType?: "attachResponse"; keepaliveResponse?: null; stopStatusResponse?: null; networkStatusResponse?: null; loginResponse?: null; getSummaryResponse?: null; pollExitResponse?: null; sampledHistoryResponse?: null; runStartResponse?: null; checkVersionResponse?: null; logArtifactResponse?: null; downloadArtifactResponse?: null; runStatusResponse?: null; cancelResponse?: null; internalMessagesResponse?: null; shutdownResponse?: null; attachResponse: wandb_internal.AttachResponse.$Shape; statusResponse?: null; serverInfoResponse?: null; jobInfoResponse?: null; getSystemMetricsResponse?: null; syncResponse?: null; linkArtifactResponse?: null; operationsResponse?: null; historyStepResponse?: null; testInjectResponse?: null }|{ responseType?: "statusResponse"; keepaliveResponse?: null; stopStatusResponse?: null; networkStatusResponse?: null; loginResponse?: null; getSummaryResponse?: null; pollExitResponse?: null; sampledHistoryResponse?: null; runStartResponse?: null; checkVersionResponse?: null; logArtifactResponse?: null; downloadArtifactResponse?: null; runStatusResponse?: null; cancelResponse?: null; internalMessagesResponse?: null; shutdownResponse?: null; attachResponse?: null; statusResponse: wandb_internal.StatusResponse.$Shape; serverInfoResponse?: null; jobInfoResponse?: null; getSystemMetricsResponse?: null; syncResponse?: null; linkArtifactResponse?: null; operationsResponse?: null; historyStepResponse?: null; testInjectResponse?: null }|{ responseType?: "serverInfoResponse"; keepaliveResponse?: null; stopStatusResponse?: null; networkStatusResponse?: null; loginResponse?: null; getSummaryResponse?: null; pollExitResponse?: null; sampledHistoryResponse?: null; runStartResponse?: null; checkVersionResponse?: null; logArtifactResponse?: null; downloadArtifactResponse?: null; runStatusResponse?: null; cancelResponse?: null; internalMessagesResponse?: null; shutdownResponse?: null; attachResponse?: null; statusResponse?: null; serverInfoResponse: wandb_internal.ServerInfoResponse.$Shape; jobInfoResponse?: null; getSystemMetricsResponse?: null; syncResponse?: null; linkArtifactResponse?: null; operationsResponse?: null; historyStepResponse?: null; testInjectResponse?: null }|{ responseType?: "jobInfoResponse"; keepaliveResponse?: null; stopStatusResponse?: null; networkStatusResponse?: null; loginResponse?: null; getSummaryResponse?: null; pollExitResponse?: null; sampledHistoryResponse?: null; runStartResponse?: null; checkVersionResponse?: null; logArtifactResponse?: null; downloadArtifactResponse?: null; runStatusResponse?: null; cancelResponse?: null; internalMessagesResponse?: null; shutdownResponse?: null; attachResponse?: null; statusResponse?: null; serverInfoResponse?: null; jobInfoResponse: wandb_internal.JobInfoResponse.$Shape; getSystemMetricsResponse?: null; syncResponse?: null; linkArtifactResponse?: null; operationsResponse?: null; historyStepResponse?: null; testInjectResponse?: null }|{ responseType?: "getSystemMetricsResponse"; keepaliveResponse?: null; stopStatusResponse?: null; networkStatusResponse?: null; loginResponse?: null; getSummaryResponse?: null; pollExitResponse?: null; sampledHistoryResponse?: null; runStartResponse?: null; checkVersionResponse?: null; logArtifactResponse?: null; downloadArtifactResponse?: null; runStatusResponse?: null; cancelResponse?: null; internalMessagesResponse?: null; shutdownResponse?: null; attachResponse?: null; statusResponse?: null; serverInfoResponse?: null; jobInfoResponse?: null; getSystemMetricsResponse: wandb_internal.GetSystemMetricsResponse.$Shape; syncResponse?: null; linkArtifactResponse?: null; operationsResponse?: null; historyStepResponse?: null; testInjectResponse?: null }|{ responseType?: "syncResponse"; keepaliveResponse?: null; stopStatusResponse?: null; networkStatusResponse?: null; loginResponse?: null; getSummaryResponse?: null; pollExitResponse?: null; sampledHistoryResponse?: null; runStartResponse?: null; checkVersionResponse?: null; logArtifactResponse?: null; downloadArtifactResponse?: null; runStatusResponse?: null; cancelResponse?: null; internalMessagesResponse?: null; shutdownResponse?: null; attachResponse?: null; statusResponse?: null; serverInfoResponse?: null; jobInfoResponse?: null; getSystemMetricsResponse?: null; syncResponse: wandb_internal.SyncResponse.$Shape; linkArtifactResponse?: null; operationsResponse?: null; historyStepResponse?: null; testInjectResponse?: null }|{ responseType?: "linkArtifactResponse"; keepaliveResponse?: null; stopStatusResponse?: null; networkStatusResponse?: null; loginResponse?: null; getSummaryResponse?: null; pollExitResponse?: null; sampledHistoryResponse?: null; runStartResponse?: null; checkVersionResponse?: null; logArtifactResponse?: null; downloadArtifactResponse?: null; runStatusResponse?: null; cancelResponse?: null; internalMessagesResponse?: null; shutdownResponse?: null; attachResponse?: null; statusResponse?: null; serverInfoResponse?: null; jobInfoResponse?: null; getSystemMetricsResponse?: null; syncResponse?: null; linkArtifactResponse: wandb_internal.LinkArtifactResponse.$Shape; operationsResponse?: null; historyStepResponse?: null; testInjectResponse?: null }|{ responseType?: "operationsResponse"; keepaliveResponse?: null; stopStatusResponse?: null; networkStatusResponse?: null; loginResponse?: null; getSummaryResponse?: null; pollExitResponse?: null; sampledHistoryResponse?: null; runStartResponse?: null; checkVersionResponse?: null; logArtifactResponse?: null; downloadArtifactResponse?: null; runStatusResponse?: null; cancelResponse?: null; internalMessagesResponse?: null; shutdownResponse?: null; attachResponse?: null; statusResponse?: null; serverInfoResponse?: null; jobInfoResponse?: null; getSystemMetricsResponse?: null; syncResponse?: null; linkArtifactResponse?: null; operationsResponse: wandb_internal.OperationStatsResponse.$Shape; historyStepResponse?: null; testInjectResponse?: null }|{ responseType?: "historyStepResponse"; keepaliveResponse?: null; stopStatusResponse?: null; networkStatusResponse?: null; loginResponse?: null; getSummaryResponse?: null; pollExitResponse?: null; sampledHistoryResponse?: null; runStartResponse?: null; checkVersionResponse?: null; logArtifactResponse?: null; downloadArtifactResponse?: null; runStatusResponse?: null; cancelResponse?: null; internalMessagesResponse?: null; shutdownResponse?: null; attachResponse?: null; statusResponse?: null; serverInfoResponse?: null; jobInfoResponse?: null; getSystemMetricsResponse?: null; syncResponse?: null; linkArtifactResponse?: null; operationsResponse?: null; historyStepResponse: wandb_internal.HistoryStepResponse.$Shape; testInjectResponse?: null }|{ responseType?: "testInjectResponse"; keepaliveResponse?: null; stopStatusResponse?: null; networkStatusResponse?: null; loginResponse?: null; getSummaryResponse?: null; pollExitResponse?: null; sampledHistoryResponse?: null; runStartResponse?: null; checkVersionResponse?: null; logArtifactResponse?: null; downloadArtifactResponse?: null; runStatusResponse?: null; cancelResponse?: null; internalMessagesResponse?: null; shutdownResponse?: null; attachResponse?: null; statusResponse?: null; serverInfoResponse?: null; jobInfoResponse?: null; getSystemMetricsResponse?: null; syncResponse?: null; linkArtifactResponse?: null; operationsResponse?: null; historyStepResponse?: null; testInjectResponse: wandb_internal.TestInjectResponse.$Shape })
        );
    }

    /**
     * Properties of a DeferRequest.
     * @deprecated Use wandb_internal.DeferRequest.$Properties instead.
     */
    interface IDeferRequest extends wandb_internal.DeferRequest.$Properties {
    }

    /** Represents a DeferRequest. */
    class DeferRequest {

        /**
         * Constructs a new DeferRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.DeferRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** DeferRequest state. */
        state: wandb_internal.DeferRequest.DeferState;

        /**
         * Creates a new DeferRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns DeferRequest instance
         */
        static create(properties: wandb_internal.DeferRequest.$Shape): wandb_internal.DeferRequest & wandb_internal.DeferRequest.$Shape;
        static create(properties?: wandb_internal.DeferRequest.$Properties): wandb_internal.DeferRequest;

        /**
         * Encodes the specified DeferRequest message. Does not implicitly {@link wandb_internal.DeferRequest.verify|verify} messages.
         * @param message DeferRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.DeferRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a DeferRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.DeferRequest & wandb_internal.DeferRequest.$Shape} DeferRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.DeferRequest & wandb_internal.DeferRequest.$Shape;
    }

    namespace DeferRequest {

        /** Properties of a DeferRequest. */
        interface $Properties {

            /** DeferRequest state */
            state?: (wandb_internal.DeferRequest.DeferState|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a DeferRequest. */
        type $Shape = wandb_internal.DeferRequest.$Properties;

        /** DeferState enum. */
        enum DeferState {

            /** BEGIN value */
            BEGIN = 0,

            /** FLUSH_RUN value */
            FLUSH_RUN = 1,

            /** FLUSH_STATS value */
            FLUSH_STATS = 2,

            /** FLUSH_PARTIAL_HISTORY value */
            FLUSH_PARTIAL_HISTORY = 3,

            /** FLUSH_TB value */
            FLUSH_TB = 4,

            /** FLUSH_SUM value */
            FLUSH_SUM = 5,

            /** FLUSH_DEBOUNCER value */
            FLUSH_DEBOUNCER = 6,

            /** FLUSH_OUTPUT value */
            FLUSH_OUTPUT = 7,

            /** FLUSH_JOB value */
            FLUSH_JOB = 8,

            /** FLUSH_DIR value */
            FLUSH_DIR = 9,

            /** FLUSH_FP value */
            FLUSH_FP = 10,

            /** JOIN_FP value */
            JOIN_FP = 11,

            /** FLUSH_FS value */
            FLUSH_FS = 12,

            /** FLUSH_FINAL value */
            FLUSH_FINAL = 13,

            /** END value */
            END = 14
        }
    }

    /**
     * Properties of a RunStartRequest.
     * @deprecated Use wandb_internal.RunStartRequest.$Properties instead.
     */
    interface IRunStartRequest extends wandb_internal.RunStartRequest.$Properties {
    }

    /** Represents a RunStartRequest. */
    class RunStartRequest {

        /**
         * Constructs a new RunStartRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.RunStartRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** RunStartRequest run. */
        run?: (wandb_internal.RunRecord.$Properties|null);

        /** RunStartRequest _info. */
        _info?: (wandb_internal._RequestInfo.$Properties|null);

        /**
         * Creates a new RunStartRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RunStartRequest instance
         */
        static create(properties: wandb_internal.RunStartRequest.$Shape): wandb_internal.RunStartRequest & wandb_internal.RunStartRequest.$Shape;
        static create(properties?: wandb_internal.RunStartRequest.$Properties): wandb_internal.RunStartRequest;

        /**
         * Encodes the specified RunStartRequest message. Does not implicitly {@link wandb_internal.RunStartRequest.verify|verify} messages.
         * @param message RunStartRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.RunStartRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RunStartRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.RunStartRequest & wandb_internal.RunStartRequest.$Shape} RunStartRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.RunStartRequest & wandb_internal.RunStartRequest.$Shape;
    }

    namespace RunStartRequest {

        /** Properties of a RunStartRequest. */
        interface $Properties {

            /** RunStartRequest run */
            run?: (wandb_internal.RunRecord.$Properties|null);

            /** RunStartRequest _info */
            _info?: (wandb_internal._RequestInfo.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a RunStartRequest. */
        type $Shape = wandb_internal.RunStartRequest.$Properties;
    }

    /**
     * Properties of a RunStartResponse.
     * @deprecated Use wandb_internal.RunStartResponse.$Properties instead.
     */
    interface IRunStartResponse extends wandb_internal.RunStartResponse.$Properties {
    }

    /** Represents a RunStartResponse. */
    class RunStartResponse {

        /**
         * Constructs a new RunStartResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.RunStartResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /**
         * Creates a new RunStartResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RunStartResponse instance
         */
        static create(properties: wandb_internal.RunStartResponse.$Shape): wandb_internal.RunStartResponse & wandb_internal.RunStartResponse.$Shape;
        static create(properties?: wandb_internal.RunStartResponse.$Properties): wandb_internal.RunStartResponse;

        /**
         * Encodes the specified RunStartResponse message. Does not implicitly {@link wandb_internal.RunStartResponse.verify|verify} messages.
         * @param message RunStartResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.RunStartResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RunStartResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.RunStartResponse & wandb_internal.RunStartResponse.$Shape} RunStartResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.RunStartResponse & wandb_internal.RunStartResponse.$Shape;
    }

    namespace RunStartResponse {

        /** Properties of a RunStartResponse. */
        interface $Properties {

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a RunStartResponse. */
        type $Shape = wandb_internal.RunStartResponse.$Properties;
    }

    /**
     * Properties of a PauseRequest.
     * @deprecated Use wandb_internal.PauseRequest.$Properties instead.
     */
    interface IPauseRequest extends wandb_internal.PauseRequest.$Properties {
    }

    /** Represents a PauseRequest. */
    class PauseRequest {

        /**
         * Constructs a new PauseRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.PauseRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** PauseRequest _info. */
        _info?: (wandb_internal._RequestInfo.$Properties|null);

        /**
         * Creates a new PauseRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns PauseRequest instance
         */
        static create(properties: wandb_internal.PauseRequest.$Shape): wandb_internal.PauseRequest & wandb_internal.PauseRequest.$Shape;
        static create(properties?: wandb_internal.PauseRequest.$Properties): wandb_internal.PauseRequest;

        /**
         * Encodes the specified PauseRequest message. Does not implicitly {@link wandb_internal.PauseRequest.verify|verify} messages.
         * @param message PauseRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.PauseRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PauseRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.PauseRequest & wandb_internal.PauseRequest.$Shape} PauseRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.PauseRequest & wandb_internal.PauseRequest.$Shape;
    }

    namespace PauseRequest {

        /** Properties of a PauseRequest. */
        interface $Properties {

            /** PauseRequest _info */
            _info?: (wandb_internal._RequestInfo.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a PauseRequest. */
        type $Shape = wandb_internal.PauseRequest.$Properties;
    }

    /**
     * Properties of a PauseResponse.
     * @deprecated Use wandb_internal.PauseResponse.$Properties instead.
     */
    interface IPauseResponse extends wandb_internal.PauseResponse.$Properties {
    }

    /** Represents a PauseResponse. */
    class PauseResponse {

        /**
         * Constructs a new PauseResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.PauseResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /**
         * Creates a new PauseResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns PauseResponse instance
         */
        static create(properties: wandb_internal.PauseResponse.$Shape): wandb_internal.PauseResponse & wandb_internal.PauseResponse.$Shape;
        static create(properties?: wandb_internal.PauseResponse.$Properties): wandb_internal.PauseResponse;

        /**
         * Encodes the specified PauseResponse message. Does not implicitly {@link wandb_internal.PauseResponse.verify|verify} messages.
         * @param message PauseResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.PauseResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PauseResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.PauseResponse & wandb_internal.PauseResponse.$Shape} PauseResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.PauseResponse & wandb_internal.PauseResponse.$Shape;
    }

    namespace PauseResponse {

        /** Properties of a PauseResponse. */
        interface $Properties {

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a PauseResponse. */
        type $Shape = wandb_internal.PauseResponse.$Properties;
    }

    /**
     * Properties of a ResumeRequest.
     * @deprecated Use wandb_internal.ResumeRequest.$Properties instead.
     */
    interface IResumeRequest extends wandb_internal.ResumeRequest.$Properties {
    }

    /** Represents a ResumeRequest. */
    class ResumeRequest {

        /**
         * Constructs a new ResumeRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.ResumeRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ResumeRequest _info. */
        _info?: (wandb_internal._RequestInfo.$Properties|null);

        /**
         * Creates a new ResumeRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ResumeRequest instance
         */
        static create(properties: wandb_internal.ResumeRequest.$Shape): wandb_internal.ResumeRequest & wandb_internal.ResumeRequest.$Shape;
        static create(properties?: wandb_internal.ResumeRequest.$Properties): wandb_internal.ResumeRequest;

        /**
         * Encodes the specified ResumeRequest message. Does not implicitly {@link wandb_internal.ResumeRequest.verify|verify} messages.
         * @param message ResumeRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.ResumeRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ResumeRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.ResumeRequest & wandb_internal.ResumeRequest.$Shape} ResumeRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.ResumeRequest & wandb_internal.ResumeRequest.$Shape;
    }

    namespace ResumeRequest {

        /** Properties of a ResumeRequest. */
        interface $Properties {

            /** ResumeRequest _info */
            _info?: (wandb_internal._RequestInfo.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ResumeRequest. */
        type $Shape = wandb_internal.ResumeRequest.$Properties;
    }

    /**
     * Properties of a ResumeResponse.
     * @deprecated Use wandb_internal.ResumeResponse.$Properties instead.
     */
    interface IResumeResponse extends wandb_internal.ResumeResponse.$Properties {
    }

    /** Represents a ResumeResponse. */
    class ResumeResponse {

        /**
         * Constructs a new ResumeResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.ResumeResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /**
         * Creates a new ResumeResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ResumeResponse instance
         */
        static create(properties: wandb_internal.ResumeResponse.$Shape): wandb_internal.ResumeResponse & wandb_internal.ResumeResponse.$Shape;
        static create(properties?: wandb_internal.ResumeResponse.$Properties): wandb_internal.ResumeResponse;

        /**
         * Encodes the specified ResumeResponse message. Does not implicitly {@link wandb_internal.ResumeResponse.verify|verify} messages.
         * @param message ResumeResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.ResumeResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ResumeResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.ResumeResponse & wandb_internal.ResumeResponse.$Shape} ResumeResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.ResumeResponse & wandb_internal.ResumeResponse.$Shape;
    }

    namespace ResumeResponse {

        /** Properties of a ResumeResponse. */
        interface $Properties {

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ResumeResponse. */
        type $Shape = wandb_internal.ResumeResponse.$Properties;
    }

    /**
     * Properties of a LoginRequest.
     * @deprecated Use wandb_internal.LoginRequest.$Properties instead.
     */
    interface ILoginRequest extends wandb_internal.LoginRequest.$Properties {
    }

    /** Represents a LoginRequest. */
    class LoginRequest {

        /**
         * Constructs a new LoginRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.LoginRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** LoginRequest apiKey. */
        apiKey: string;

        /** LoginRequest _info. */
        _info?: (wandb_internal._RequestInfo.$Properties|null);

        /**
         * Creates a new LoginRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LoginRequest instance
         */
        static create(properties: wandb_internal.LoginRequest.$Shape): wandb_internal.LoginRequest & wandb_internal.LoginRequest.$Shape;
        static create(properties?: wandb_internal.LoginRequest.$Properties): wandb_internal.LoginRequest;

        /**
         * Encodes the specified LoginRequest message. Does not implicitly {@link wandb_internal.LoginRequest.verify|verify} messages.
         * @param message LoginRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.LoginRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LoginRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.LoginRequest & wandb_internal.LoginRequest.$Shape} LoginRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.LoginRequest & wandb_internal.LoginRequest.$Shape;
    }

    namespace LoginRequest {

        /** Properties of a LoginRequest. */
        interface $Properties {

            /** LoginRequest apiKey */
            apiKey?: (string|null);

            /** LoginRequest _info */
            _info?: (wandb_internal._RequestInfo.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a LoginRequest. */
        type $Shape = wandb_internal.LoginRequest.$Properties;
    }

    /**
     * Properties of a LoginResponse.
     * @deprecated Use wandb_internal.LoginResponse.$Properties instead.
     */
    interface ILoginResponse extends wandb_internal.LoginResponse.$Properties {
    }

    /** Represents a LoginResponse. */
    class LoginResponse {

        /**
         * Constructs a new LoginResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.LoginResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** LoginResponse activeEntity. */
        activeEntity: string;

        /**
         * Creates a new LoginResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LoginResponse instance
         */
        static create(properties: wandb_internal.LoginResponse.$Shape): wandb_internal.LoginResponse & wandb_internal.LoginResponse.$Shape;
        static create(properties?: wandb_internal.LoginResponse.$Properties): wandb_internal.LoginResponse;

        /**
         * Encodes the specified LoginResponse message. Does not implicitly {@link wandb_internal.LoginResponse.verify|verify} messages.
         * @param message LoginResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.LoginResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LoginResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.LoginResponse & wandb_internal.LoginResponse.$Shape} LoginResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.LoginResponse & wandb_internal.LoginResponse.$Shape;
    }

    namespace LoginResponse {

        /** Properties of a LoginResponse. */
        interface $Properties {

            /** LoginResponse activeEntity */
            activeEntity?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a LoginResponse. */
        type $Shape = wandb_internal.LoginResponse.$Properties;
    }

    /**
     * Properties of a StatusRequest.
     * @deprecated Use wandb_internal.StatusRequest.$Properties instead.
     */
    interface IStatusRequest extends wandb_internal.StatusRequest.$Properties {
    }

    /** Represents a StatusRequest. */
    class StatusRequest {

        /**
         * Constructs a new StatusRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.StatusRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** StatusRequest _info. */
        _info?: (wandb_internal._RequestInfo.$Properties|null);

        /**
         * Creates a new StatusRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns StatusRequest instance
         */
        static create(properties: wandb_internal.StatusRequest.$Shape): wandb_internal.StatusRequest & wandb_internal.StatusRequest.$Shape;
        static create(properties?: wandb_internal.StatusRequest.$Properties): wandb_internal.StatusRequest;

        /**
         * Encodes the specified StatusRequest message. Does not implicitly {@link wandb_internal.StatusRequest.verify|verify} messages.
         * @param message StatusRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.StatusRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a StatusRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.StatusRequest & wandb_internal.StatusRequest.$Shape} StatusRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.StatusRequest & wandb_internal.StatusRequest.$Shape;
    }

    namespace StatusRequest {

        /** Properties of a StatusRequest. */
        interface $Properties {

            /** StatusRequest _info */
            _info?: (wandb_internal._RequestInfo.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a StatusRequest. */
        type $Shape = wandb_internal.StatusRequest.$Properties;
    }

    /**
     * Properties of a StatusResponse.
     * @deprecated Use wandb_internal.StatusResponse.$Properties instead.
     */
    interface IStatusResponse extends wandb_internal.StatusResponse.$Properties {
    }

    /** Represents a StatusResponse. */
    class StatusResponse {

        /**
         * Constructs a new StatusResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.StatusResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** StatusResponse runShouldStop. */
        runShouldStop: boolean;

        /**
         * Creates a new StatusResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns StatusResponse instance
         */
        static create(properties: wandb_internal.StatusResponse.$Shape): wandb_internal.StatusResponse & wandb_internal.StatusResponse.$Shape;
        static create(properties?: wandb_internal.StatusResponse.$Properties): wandb_internal.StatusResponse;

        /**
         * Encodes the specified StatusResponse message. Does not implicitly {@link wandb_internal.StatusResponse.verify|verify} messages.
         * @param message StatusResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.StatusResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a StatusResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.StatusResponse & wandb_internal.StatusResponse.$Shape} StatusResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.StatusResponse & wandb_internal.StatusResponse.$Shape;
    }

    namespace StatusResponse {

        /** Properties of a StatusResponse. */
        interface $Properties {

            /** StatusResponse runShouldStop */
            runShouldStop?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a StatusResponse. */
        type $Shape = wandb_internal.StatusResponse.$Properties;
    }

    /**
     * Properties of a StopStatusRequest.
     * @deprecated Use wandb_internal.StopStatusRequest.$Properties instead.
     */
    interface IStopStatusRequest extends wandb_internal.StopStatusRequest.$Properties {
    }

    /** Represents a StopStatusRequest. */
    class StopStatusRequest {

        /**
         * Constructs a new StopStatusRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.StopStatusRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** StopStatusRequest _info. */
        _info?: (wandb_internal._RequestInfo.$Properties|null);

        /**
         * Creates a new StopStatusRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns StopStatusRequest instance
         */
        static create(properties: wandb_internal.StopStatusRequest.$Shape): wandb_internal.StopStatusRequest & wandb_internal.StopStatusRequest.$Shape;
        static create(properties?: wandb_internal.StopStatusRequest.$Properties): wandb_internal.StopStatusRequest;

        /**
         * Encodes the specified StopStatusRequest message. Does not implicitly {@link wandb_internal.StopStatusRequest.verify|verify} messages.
         * @param message StopStatusRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.StopStatusRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a StopStatusRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.StopStatusRequest & wandb_internal.StopStatusRequest.$Shape} StopStatusRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.StopStatusRequest & wandb_internal.StopStatusRequest.$Shape;
    }

    namespace StopStatusRequest {

        /** Properties of a StopStatusRequest. */
        interface $Properties {

            /** StopStatusRequest _info */
            _info?: (wandb_internal._RequestInfo.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a StopStatusRequest. */
        type $Shape = wandb_internal.StopStatusRequest.$Properties;
    }

    /**
     * Properties of a StopStatusResponse.
     * @deprecated Use wandb_internal.StopStatusResponse.$Properties instead.
     */
    interface IStopStatusResponse extends wandb_internal.StopStatusResponse.$Properties {
    }

    /** Represents a StopStatusResponse. */
    class StopStatusResponse {

        /**
         * Constructs a new StopStatusResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.StopStatusResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** StopStatusResponse runShouldStop. */
        runShouldStop: boolean;

        /**
         * Creates a new StopStatusResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns StopStatusResponse instance
         */
        static create(properties: wandb_internal.StopStatusResponse.$Shape): wandb_internal.StopStatusResponse & wandb_internal.StopStatusResponse.$Shape;
        static create(properties?: wandb_internal.StopStatusResponse.$Properties): wandb_internal.StopStatusResponse;

        /**
         * Encodes the specified StopStatusResponse message. Does not implicitly {@link wandb_internal.StopStatusResponse.verify|verify} messages.
         * @param message StopStatusResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.StopStatusResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a StopStatusResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.StopStatusResponse & wandb_internal.StopStatusResponse.$Shape} StopStatusResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.StopStatusResponse & wandb_internal.StopStatusResponse.$Shape;
    }

    namespace StopStatusResponse {

        /** Properties of a StopStatusResponse. */
        interface $Properties {

            /** StopStatusResponse runShouldStop */
            runShouldStop?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a StopStatusResponse. */
        type $Shape = wandb_internal.StopStatusResponse.$Properties;
    }

    /**
     * Properties of a NetworkStatusRequest.
     * @deprecated Use wandb_internal.NetworkStatusRequest.$Properties instead.
     */
    interface INetworkStatusRequest extends wandb_internal.NetworkStatusRequest.$Properties {
    }

    /** Represents a NetworkStatusRequest. */
    class NetworkStatusRequest {

        /**
         * Constructs a new NetworkStatusRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.NetworkStatusRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** NetworkStatusRequest _info. */
        _info?: (wandb_internal._RequestInfo.$Properties|null);

        /**
         * Creates a new NetworkStatusRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns NetworkStatusRequest instance
         */
        static create(properties: wandb_internal.NetworkStatusRequest.$Shape): wandb_internal.NetworkStatusRequest & wandb_internal.NetworkStatusRequest.$Shape;
        static create(properties?: wandb_internal.NetworkStatusRequest.$Properties): wandb_internal.NetworkStatusRequest;

        /**
         * Encodes the specified NetworkStatusRequest message. Does not implicitly {@link wandb_internal.NetworkStatusRequest.verify|verify} messages.
         * @param message NetworkStatusRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.NetworkStatusRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a NetworkStatusRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.NetworkStatusRequest & wandb_internal.NetworkStatusRequest.$Shape} NetworkStatusRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.NetworkStatusRequest & wandb_internal.NetworkStatusRequest.$Shape;
    }

    namespace NetworkStatusRequest {

        /** Properties of a NetworkStatusRequest. */
        interface $Properties {

            /** NetworkStatusRequest _info */
            _info?: (wandb_internal._RequestInfo.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a NetworkStatusRequest. */
        type $Shape = wandb_internal.NetworkStatusRequest.$Properties;
    }

    /**
     * Properties of a NetworkStatusResponse.
     * @deprecated Use wandb_internal.NetworkStatusResponse.$Properties instead.
     */
    interface INetworkStatusResponse extends wandb_internal.NetworkStatusResponse.$Properties {
    }

    /** Represents a NetworkStatusResponse. */
    class NetworkStatusResponse {

        /**
         * Constructs a new NetworkStatusResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.NetworkStatusResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** NetworkStatusResponse networkResponses. */
        networkResponses: wandb_internal.HttpResponse.$Properties[];

        /**
         * Creates a new NetworkStatusResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns NetworkStatusResponse instance
         */
        static create(properties: wandb_internal.NetworkStatusResponse.$Shape): wandb_internal.NetworkStatusResponse & wandb_internal.NetworkStatusResponse.$Shape;
        static create(properties?: wandb_internal.NetworkStatusResponse.$Properties): wandb_internal.NetworkStatusResponse;

        /**
         * Encodes the specified NetworkStatusResponse message. Does not implicitly {@link wandb_internal.NetworkStatusResponse.verify|verify} messages.
         * @param message NetworkStatusResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.NetworkStatusResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a NetworkStatusResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.NetworkStatusResponse & wandb_internal.NetworkStatusResponse.$Shape} NetworkStatusResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.NetworkStatusResponse & wandb_internal.NetworkStatusResponse.$Shape;
    }

    namespace NetworkStatusResponse {

        /** Properties of a NetworkStatusResponse. */
        interface $Properties {

            /** NetworkStatusResponse networkResponses */
            networkResponses?: (wandb_internal.HttpResponse.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a NetworkStatusResponse. */
        type $Shape = wandb_internal.NetworkStatusResponse.$Properties;
    }

    /**
     * Properties of a HttpResponse.
     * @deprecated Use wandb_internal.HttpResponse.$Properties instead.
     */
    interface IHttpResponse extends wandb_internal.HttpResponse.$Properties {
    }

    /** Represents a HttpResponse. */
    class HttpResponse {

        /**
         * Constructs a new HttpResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.HttpResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** HttpResponse httpStatusCode. */
        httpStatusCode: number;

        /** HttpResponse httpResponseText. */
        httpResponseText: string;

        /**
         * Creates a new HttpResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns HttpResponse instance
         */
        static create(properties: wandb_internal.HttpResponse.$Shape): wandb_internal.HttpResponse & wandb_internal.HttpResponse.$Shape;
        static create(properties?: wandb_internal.HttpResponse.$Properties): wandb_internal.HttpResponse;

        /**
         * Encodes the specified HttpResponse message. Does not implicitly {@link wandb_internal.HttpResponse.verify|verify} messages.
         * @param message HttpResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.HttpResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a HttpResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.HttpResponse & wandb_internal.HttpResponse.$Shape} HttpResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.HttpResponse & wandb_internal.HttpResponse.$Shape;
    }

    namespace HttpResponse {

        /** Properties of a HttpResponse. */
        interface $Properties {

            /** HttpResponse httpStatusCode */
            httpStatusCode?: (number|null);

            /** HttpResponse httpResponseText */
            httpResponseText?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a HttpResponse. */
        type $Shape = wandb_internal.HttpResponse.$Properties;
    }

    /**
     * Properties of an InternalMessagesRequest.
     * @deprecated Use wandb_internal.InternalMessagesRequest.$Properties instead.
     */
    interface IInternalMessagesRequest extends wandb_internal.InternalMessagesRequest.$Properties {
    }

    /** Represents an InternalMessagesRequest. */
    class InternalMessagesRequest {

        /**
         * Constructs a new InternalMessagesRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.InternalMessagesRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** InternalMessagesRequest wait. */
        wait: boolean;

        /** InternalMessagesRequest _info. */
        _info?: (wandb_internal._RequestInfo.$Properties|null);

        /**
         * Creates a new InternalMessagesRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns InternalMessagesRequest instance
         */
        static create(properties: wandb_internal.InternalMessagesRequest.$Shape): wandb_internal.InternalMessagesRequest & wandb_internal.InternalMessagesRequest.$Shape;
        static create(properties?: wandb_internal.InternalMessagesRequest.$Properties): wandb_internal.InternalMessagesRequest;

        /**
         * Encodes the specified InternalMessagesRequest message. Does not implicitly {@link wandb_internal.InternalMessagesRequest.verify|verify} messages.
         * @param message InternalMessagesRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.InternalMessagesRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an InternalMessagesRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.InternalMessagesRequest & wandb_internal.InternalMessagesRequest.$Shape} InternalMessagesRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.InternalMessagesRequest & wandb_internal.InternalMessagesRequest.$Shape;
    }

    namespace InternalMessagesRequest {

        /** Properties of an InternalMessagesRequest. */
        interface $Properties {

            /** InternalMessagesRequest wait */
            wait?: (boolean|null);

            /** InternalMessagesRequest _info */
            _info?: (wandb_internal._RequestInfo.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an InternalMessagesRequest. */
        type $Shape = wandb_internal.InternalMessagesRequest.$Properties;
    }

    /**
     * Properties of an InternalMessagesResponse.
     * @deprecated Use wandb_internal.InternalMessagesResponse.$Properties instead.
     */
    interface IInternalMessagesResponse extends wandb_internal.InternalMessagesResponse.$Properties {
    }

    /** Represents an InternalMessagesResponse. */
    class InternalMessagesResponse {

        /**
         * Constructs a new InternalMessagesResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.InternalMessagesResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** InternalMessagesResponse messages. */
        messages?: (wandb_internal.InternalMessages.$Properties|null);

        /**
         * Creates a new InternalMessagesResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns InternalMessagesResponse instance
         */
        static create(properties: wandb_internal.InternalMessagesResponse.$Shape): wandb_internal.InternalMessagesResponse & wandb_internal.InternalMessagesResponse.$Shape;
        static create(properties?: wandb_internal.InternalMessagesResponse.$Properties): wandb_internal.InternalMessagesResponse;

        /**
         * Encodes the specified InternalMessagesResponse message. Does not implicitly {@link wandb_internal.InternalMessagesResponse.verify|verify} messages.
         * @param message InternalMessagesResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.InternalMessagesResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an InternalMessagesResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.InternalMessagesResponse & wandb_internal.InternalMessagesResponse.$Shape} InternalMessagesResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.InternalMessagesResponse & wandb_internal.InternalMessagesResponse.$Shape;
    }

    namespace InternalMessagesResponse {

        /** Properties of an InternalMessagesResponse. */
        interface $Properties {

            /** InternalMessagesResponse messages */
            messages?: (wandb_internal.InternalMessages.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an InternalMessagesResponse. */
        type $Shape = wandb_internal.InternalMessagesResponse.$Properties;
    }

    /**
     * Properties of an InternalMessages.
     * @deprecated Use wandb_internal.InternalMessages.$Properties instead.
     */
    interface IInternalMessages extends wandb_internal.InternalMessages.$Properties {
    }

    /** Represents an InternalMessages. */
    class InternalMessages {

        /**
         * Constructs a new InternalMessages.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.InternalMessages.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** InternalMessages warning. */
        warning: string[];

        /**
         * Creates a new InternalMessages instance using the specified properties.
         * @param [properties] Properties to set
         * @returns InternalMessages instance
         */
        static create(properties: wandb_internal.InternalMessages.$Shape): wandb_internal.InternalMessages & wandb_internal.InternalMessages.$Shape;
        static create(properties?: wandb_internal.InternalMessages.$Properties): wandb_internal.InternalMessages;

        /**
         * Encodes the specified InternalMessages message. Does not implicitly {@link wandb_internal.InternalMessages.verify|verify} messages.
         * @param message InternalMessages message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.InternalMessages.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an InternalMessages message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.InternalMessages & wandb_internal.InternalMessages.$Shape} InternalMessages
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.InternalMessages & wandb_internal.InternalMessages.$Shape;
    }

    namespace InternalMessages {

        /** Properties of an InternalMessages. */
        interface $Properties {

            /** InternalMessages warning */
            warning?: (string[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an InternalMessages. */
        type $Shape = wandb_internal.InternalMessages.$Properties;
    }

    /**
     * Properties of a PollExitRequest.
     * @deprecated Use wandb_internal.PollExitRequest.$Properties instead.
     */
    interface IPollExitRequest extends wandb_internal.PollExitRequest.$Properties {
    }

    /** Represents a PollExitRequest. */
    class PollExitRequest {

        /**
         * Constructs a new PollExitRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.PollExitRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** PollExitRequest _info. */
        _info?: (wandb_internal._RequestInfo.$Properties|null);

        /**
         * Creates a new PollExitRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns PollExitRequest instance
         */
        static create(properties: wandb_internal.PollExitRequest.$Shape): wandb_internal.PollExitRequest & wandb_internal.PollExitRequest.$Shape;
        static create(properties?: wandb_internal.PollExitRequest.$Properties): wandb_internal.PollExitRequest;

        /**
         * Encodes the specified PollExitRequest message. Does not implicitly {@link wandb_internal.PollExitRequest.verify|verify} messages.
         * @param message PollExitRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.PollExitRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PollExitRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.PollExitRequest & wandb_internal.PollExitRequest.$Shape} PollExitRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.PollExitRequest & wandb_internal.PollExitRequest.$Shape;
    }

    namespace PollExitRequest {

        /** Properties of a PollExitRequest. */
        interface $Properties {

            /** PollExitRequest _info */
            _info?: (wandb_internal._RequestInfo.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a PollExitRequest. */
        type $Shape = wandb_internal.PollExitRequest.$Properties;
    }

    /**
     * Properties of a PollExitResponse.
     * @deprecated Use wandb_internal.PollExitResponse.$Properties instead.
     */
    interface IPollExitResponse extends wandb_internal.PollExitResponse.$Properties {
    }

    /** Represents a PollExitResponse. */
    class PollExitResponse {

        /**
         * Constructs a new PollExitResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.PollExitResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** PollExitResponse done. */
        done: boolean;

        /** PollExitResponse exitResult. */
        exitResult?: (wandb_internal.RunExitResult.$Properties|null);

        /** PollExitResponse pusherStats. */
        pusherStats?: (wandb_internal.FilePusherStats.$Properties|null);

        /** PollExitResponse fileCounts. */
        fileCounts?: (wandb_internal.FileCounts.$Properties|null);

        /** PollExitResponse operationStats. */
        operationStats?: (wandb_internal.OperationStats.$Properties|null);

        /**
         * Creates a new PollExitResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns PollExitResponse instance
         */
        static create(properties: wandb_internal.PollExitResponse.$Shape): wandb_internal.PollExitResponse & wandb_internal.PollExitResponse.$Shape;
        static create(properties?: wandb_internal.PollExitResponse.$Properties): wandb_internal.PollExitResponse;

        /**
         * Encodes the specified PollExitResponse message. Does not implicitly {@link wandb_internal.PollExitResponse.verify|verify} messages.
         * @param message PollExitResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.PollExitResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PollExitResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.PollExitResponse & wandb_internal.PollExitResponse.$Shape} PollExitResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.PollExitResponse & wandb_internal.PollExitResponse.$Shape;
    }

    namespace PollExitResponse {

        /** Properties of a PollExitResponse. */
        interface $Properties {

            /** PollExitResponse done */
            done?: (boolean|null);

            /** PollExitResponse exitResult */
            exitResult?: (wandb_internal.RunExitResult.$Properties|null);

            /** PollExitResponse pusherStats */
            pusherStats?: (wandb_internal.FilePusherStats.$Properties|null);

            /** PollExitResponse fileCounts */
            fileCounts?: (wandb_internal.FileCounts.$Properties|null);

            /** PollExitResponse operationStats */
            operationStats?: (wandb_internal.OperationStats.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a PollExitResponse. */
        type $Shape = wandb_internal.PollExitResponse.$Properties;
    }

    /**
     * Properties of a FilePusherStats.
     * @deprecated Use wandb_internal.FilePusherStats.$Properties instead.
     */
    interface IFilePusherStats extends wandb_internal.FilePusherStats.$Properties {
    }

    /** Represents a FilePusherStats. */
    class FilePusherStats {

        /**
         * Constructs a new FilePusherStats.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.FilePusherStats.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** FilePusherStats uploadedBytes. */
        uploadedBytes: number;

        /** FilePusherStats totalBytes. */
        totalBytes: number;

        /** FilePusherStats dedupedBytes. */
        dedupedBytes: number;

        /**
         * Creates a new FilePusherStats instance using the specified properties.
         * @param [properties] Properties to set
         * @returns FilePusherStats instance
         */
        static create(properties: wandb_internal.FilePusherStats.$Shape): wandb_internal.FilePusherStats & wandb_internal.FilePusherStats.$Shape;
        static create(properties?: wandb_internal.FilePusherStats.$Properties): wandb_internal.FilePusherStats;

        /**
         * Encodes the specified FilePusherStats message. Does not implicitly {@link wandb_internal.FilePusherStats.verify|verify} messages.
         * @param message FilePusherStats message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.FilePusherStats.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a FilePusherStats message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.FilePusherStats & wandb_internal.FilePusherStats.$Shape} FilePusherStats
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.FilePusherStats & wandb_internal.FilePusherStats.$Shape;
    }

    namespace FilePusherStats {

        /** Properties of a FilePusherStats. */
        interface $Properties {

            /** FilePusherStats uploadedBytes */
            uploadedBytes?: (number|null);

            /** FilePusherStats totalBytes */
            totalBytes?: (number|null);

            /** FilePusherStats dedupedBytes */
            dedupedBytes?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a FilePusherStats. */
        type $Shape = wandb_internal.FilePusherStats.$Properties;
    }

    /**
     * Properties of a FileCounts.
     * @deprecated Use wandb_internal.FileCounts.$Properties instead.
     */
    interface IFileCounts extends wandb_internal.FileCounts.$Properties {
    }

    /** Represents a FileCounts. */
    class FileCounts {

        /**
         * Constructs a new FileCounts.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.FileCounts.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** FileCounts wandbCount. */
        wandbCount: number;

        /** FileCounts mediaCount. */
        mediaCount: number;

        /** FileCounts artifactCount. */
        artifactCount: number;

        /** FileCounts otherCount. */
        otherCount: number;

        /**
         * Creates a new FileCounts instance using the specified properties.
         * @param [properties] Properties to set
         * @returns FileCounts instance
         */
        static create(properties: wandb_internal.FileCounts.$Shape): wandb_internal.FileCounts & wandb_internal.FileCounts.$Shape;
        static create(properties?: wandb_internal.FileCounts.$Properties): wandb_internal.FileCounts;

        /**
         * Encodes the specified FileCounts message. Does not implicitly {@link wandb_internal.FileCounts.verify|verify} messages.
         * @param message FileCounts message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.FileCounts.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a FileCounts message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.FileCounts & wandb_internal.FileCounts.$Shape} FileCounts
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.FileCounts & wandb_internal.FileCounts.$Shape;
    }

    namespace FileCounts {

        /** Properties of a FileCounts. */
        interface $Properties {

            /** FileCounts wandbCount */
            wandbCount?: (number|null);

            /** FileCounts mediaCount */
            mediaCount?: (number|null);

            /** FileCounts artifactCount */
            artifactCount?: (number|null);

            /** FileCounts otherCount */
            otherCount?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a FileCounts. */
        type $Shape = wandb_internal.FileCounts.$Properties;
    }

    /**
     * Properties of a FilesUploaded.
     * @deprecated Use wandb_internal.FilesUploaded.$Properties instead.
     */
    interface IFilesUploaded extends wandb_internal.FilesUploaded.$Properties {
    }

    /** Represents a FilesUploaded. */
    class FilesUploaded {

        /**
         * Constructs a new FilesUploaded.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.FilesUploaded.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** FilesUploaded files. */
        files: string[];

        /**
         * Creates a new FilesUploaded instance using the specified properties.
         * @param [properties] Properties to set
         * @returns FilesUploaded instance
         */
        static create(properties: wandb_internal.FilesUploaded.$Shape): wandb_internal.FilesUploaded & wandb_internal.FilesUploaded.$Shape;
        static create(properties?: wandb_internal.FilesUploaded.$Properties): wandb_internal.FilesUploaded;

        /**
         * Encodes the specified FilesUploaded message. Does not implicitly {@link wandb_internal.FilesUploaded.verify|verify} messages.
         * @param message FilesUploaded message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.FilesUploaded.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a FilesUploaded message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.FilesUploaded & wandb_internal.FilesUploaded.$Shape} FilesUploaded
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.FilesUploaded & wandb_internal.FilesUploaded.$Shape;
    }

    namespace FilesUploaded {

        /** Properties of a FilesUploaded. */
        interface $Properties {

            /** FilesUploaded files */
            files?: (string[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a FilesUploaded. */
        type $Shape = wandb_internal.FilesUploaded.$Properties;
    }

    /**
     * Properties of a FileTransferInfoRequest.
     * @deprecated Use wandb_internal.FileTransferInfoRequest.$Properties instead.
     */
    interface IFileTransferInfoRequest extends wandb_internal.FileTransferInfoRequest.$Properties {
    }

    /** Represents a FileTransferInfoRequest. */
    class FileTransferInfoRequest {

        /**
         * Constructs a new FileTransferInfoRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.FileTransferInfoRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** FileTransferInfoRequest type. */
        type: wandb_internal.FileTransferInfoRequest.TransferType;

        /** FileTransferInfoRequest path. */
        path: string;

        /** FileTransferInfoRequest url. */
        url: string;

        /** FileTransferInfoRequest size. */
        size: number;

        /** FileTransferInfoRequest processed. */
        processed: number;

        /** FileTransferInfoRequest fileCounts. */
        fileCounts?: (wandb_internal.FileCounts.$Properties|null);

        /**
         * Creates a new FileTransferInfoRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns FileTransferInfoRequest instance
         */
        static create(properties: wandb_internal.FileTransferInfoRequest.$Shape): wandb_internal.FileTransferInfoRequest & wandb_internal.FileTransferInfoRequest.$Shape;
        static create(properties?: wandb_internal.FileTransferInfoRequest.$Properties): wandb_internal.FileTransferInfoRequest;

        /**
         * Encodes the specified FileTransferInfoRequest message. Does not implicitly {@link wandb_internal.FileTransferInfoRequest.verify|verify} messages.
         * @param message FileTransferInfoRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.FileTransferInfoRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a FileTransferInfoRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.FileTransferInfoRequest & wandb_internal.FileTransferInfoRequest.$Shape} FileTransferInfoRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.FileTransferInfoRequest & wandb_internal.FileTransferInfoRequest.$Shape;
    }

    namespace FileTransferInfoRequest {

        /** Properties of a FileTransferInfoRequest. */
        interface $Properties {

            /** FileTransferInfoRequest type */
            type?: (wandb_internal.FileTransferInfoRequest.TransferType|null);

            /** FileTransferInfoRequest path */
            path?: (string|null);

            /** FileTransferInfoRequest url */
            url?: (string|null);

            /** FileTransferInfoRequest size */
            size?: (number|null);

            /** FileTransferInfoRequest processed */
            processed?: (number|null);

            /** FileTransferInfoRequest fileCounts */
            fileCounts?: (wandb_internal.FileCounts.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a FileTransferInfoRequest. */
        type $Shape = wandb_internal.FileTransferInfoRequest.$Properties;

        /** TransferType enum. */
        enum TransferType {

            /** Upload value */
            Upload = 0,

            /** Download value */
            Download = 1
        }
    }

    /**
     * Properties of an OperationStatsRequest.
     * @deprecated Use wandb_internal.OperationStatsRequest.$Properties instead.
     */
    interface IOperationStatsRequest extends wandb_internal.OperationStatsRequest.$Properties {
    }

    /** Represents an OperationStatsRequest. */
    class OperationStatsRequest {

        /**
         * Constructs a new OperationStatsRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.OperationStatsRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** OperationStatsRequest _info. */
        _info?: (wandb_internal._RequestInfo.$Properties|null);

        /**
         * Creates a new OperationStatsRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns OperationStatsRequest instance
         */
        static create(properties: wandb_internal.OperationStatsRequest.$Shape): wandb_internal.OperationStatsRequest & wandb_internal.OperationStatsRequest.$Shape;
        static create(properties?: wandb_internal.OperationStatsRequest.$Properties): wandb_internal.OperationStatsRequest;

        /**
         * Encodes the specified OperationStatsRequest message. Does not implicitly {@link wandb_internal.OperationStatsRequest.verify|verify} messages.
         * @param message OperationStatsRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.OperationStatsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an OperationStatsRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.OperationStatsRequest & wandb_internal.OperationStatsRequest.$Shape} OperationStatsRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.OperationStatsRequest & wandb_internal.OperationStatsRequest.$Shape;
    }

    namespace OperationStatsRequest {

        /** Properties of an OperationStatsRequest. */
        interface $Properties {

            /** OperationStatsRequest _info */
            _info?: (wandb_internal._RequestInfo.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an OperationStatsRequest. */
        type $Shape = wandb_internal.OperationStatsRequest.$Properties;
    }

    /**
     * Properties of an OperationStatsResponse.
     * @deprecated Use wandb_internal.OperationStatsResponse.$Properties instead.
     */
    interface IOperationStatsResponse extends wandb_internal.OperationStatsResponse.$Properties {
    }

    /** Represents an OperationStatsResponse. */
    class OperationStatsResponse {

        /**
         * Constructs a new OperationStatsResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.OperationStatsResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** OperationStatsResponse operationStats. */
        operationStats?: (wandb_internal.OperationStats.$Properties|null);

        /**
         * Creates a new OperationStatsResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns OperationStatsResponse instance
         */
        static create(properties: wandb_internal.OperationStatsResponse.$Shape): wandb_internal.OperationStatsResponse & wandb_internal.OperationStatsResponse.$Shape;
        static create(properties?: wandb_internal.OperationStatsResponse.$Properties): wandb_internal.OperationStatsResponse;

        /**
         * Encodes the specified OperationStatsResponse message. Does not implicitly {@link wandb_internal.OperationStatsResponse.verify|verify} messages.
         * @param message OperationStatsResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.OperationStatsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an OperationStatsResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.OperationStatsResponse & wandb_internal.OperationStatsResponse.$Shape} OperationStatsResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.OperationStatsResponse & wandb_internal.OperationStatsResponse.$Shape;
    }

    namespace OperationStatsResponse {

        /** Properties of an OperationStatsResponse. */
        interface $Properties {

            /** OperationStatsResponse operationStats */
            operationStats?: (wandb_internal.OperationStats.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an OperationStatsResponse. */
        type $Shape = wandb_internal.OperationStatsResponse.$Properties;
    }

    /**
     * Properties of an OperationStats.
     * @deprecated Use wandb_internal.OperationStats.$Properties instead.
     */
    interface IOperationStats extends wandb_internal.OperationStats.$Properties {
    }

    /** Represents an OperationStats. */
    class OperationStats {

        /**
         * Constructs a new OperationStats.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.OperationStats.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** OperationStats operations. */
        operations: wandb_internal.Operation.$Properties[];

        /** OperationStats totalOperations. */
        totalOperations: number;

        /** OperationStats label. */
        label: string;

        /**
         * Creates a new OperationStats instance using the specified properties.
         * @param [properties] Properties to set
         * @returns OperationStats instance
         */
        static create(properties: wandb_internal.OperationStats.$Shape): wandb_internal.OperationStats & wandb_internal.OperationStats.$Shape;
        static create(properties?: wandb_internal.OperationStats.$Properties): wandb_internal.OperationStats;

        /**
         * Encodes the specified OperationStats message. Does not implicitly {@link wandb_internal.OperationStats.verify|verify} messages.
         * @param message OperationStats message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.OperationStats.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an OperationStats message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.OperationStats & wandb_internal.OperationStats.$Shape} OperationStats
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.OperationStats & wandb_internal.OperationStats.$Shape;
    }

    namespace OperationStats {

        /** Properties of an OperationStats. */
        interface $Properties {

            /** OperationStats operations */
            operations?: (wandb_internal.Operation.$Properties[]|null);

            /** OperationStats totalOperations */
            totalOperations?: (number|null);

            /** OperationStats label */
            label?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an OperationStats. */
        type $Shape = wandb_internal.OperationStats.$Properties;
    }

    /**
     * Properties of an Operation.
     * @deprecated Use wandb_internal.Operation.$Properties instead.
     */
    interface IOperation extends wandb_internal.Operation.$Properties {
    }

    /** Represents an Operation. */
    class Operation {

        /**
         * Constructs a new Operation.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.Operation.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** Operation desc. */
        desc: string;

        /** Operation runtimeSeconds. */
        runtimeSeconds: number;

        /** Operation progress. */
        progress: string;

        /** Operation errorStatus. */
        errorStatus: string;

        /** Operation subtasks. */
        subtasks: wandb_internal.Operation.$Properties[];

        /**
         * Creates a new Operation instance using the specified properties.
         * @param [properties] Properties to set
         * @returns Operation instance
         */
        static create(properties: wandb_internal.Operation.$Shape): wandb_internal.Operation & wandb_internal.Operation.$Shape;
        static create(properties?: wandb_internal.Operation.$Properties): wandb_internal.Operation;

        /**
         * Encodes the specified Operation message. Does not implicitly {@link wandb_internal.Operation.verify|verify} messages.
         * @param message Operation message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.Operation.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an Operation message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.Operation & wandb_internal.Operation.$Shape} Operation
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.Operation & wandb_internal.Operation.$Shape;
    }

    namespace Operation {

        /** Properties of an Operation. */
        interface $Properties {

            /** Operation desc */
            desc?: (string|null);

            /** Operation runtimeSeconds */
            runtimeSeconds?: (number|null);

            /** Operation progress */
            progress?: (string|null);

            /** Operation errorStatus */
            errorStatus?: (string|null);

            /** Operation subtasks */
            subtasks?: (wandb_internal.Operation.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an Operation. */
        type $Shape = wandb_internal.Operation.$Properties;
    }

    /**
     * Properties of a ShutdownRequest.
     * @deprecated Use wandb_internal.ShutdownRequest.$Properties instead.
     */
    interface IShutdownRequest extends wandb_internal.ShutdownRequest.$Properties {
    }

    /** Represents a ShutdownRequest. */
    class ShutdownRequest {

        /**
         * Constructs a new ShutdownRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.ShutdownRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ShutdownRequest _info. */
        _info?: (wandb_internal._RequestInfo.$Properties|null);

        /**
         * Creates a new ShutdownRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ShutdownRequest instance
         */
        static create(properties: wandb_internal.ShutdownRequest.$Shape): wandb_internal.ShutdownRequest & wandb_internal.ShutdownRequest.$Shape;
        static create(properties?: wandb_internal.ShutdownRequest.$Properties): wandb_internal.ShutdownRequest;

        /**
         * Encodes the specified ShutdownRequest message. Does not implicitly {@link wandb_internal.ShutdownRequest.verify|verify} messages.
         * @param message ShutdownRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.ShutdownRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ShutdownRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.ShutdownRequest & wandb_internal.ShutdownRequest.$Shape} ShutdownRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.ShutdownRequest & wandb_internal.ShutdownRequest.$Shape;
    }

    namespace ShutdownRequest {

        /** Properties of a ShutdownRequest. */
        interface $Properties {

            /** ShutdownRequest _info */
            _info?: (wandb_internal._RequestInfo.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ShutdownRequest. */
        type $Shape = wandb_internal.ShutdownRequest.$Properties;
    }

    /**
     * Properties of a ShutdownResponse.
     * @deprecated Use wandb_internal.ShutdownResponse.$Properties instead.
     */
    interface IShutdownResponse extends wandb_internal.ShutdownResponse.$Properties {
    }

    /** Represents a ShutdownResponse. */
    class ShutdownResponse {

        /**
         * Constructs a new ShutdownResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.ShutdownResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /**
         * Creates a new ShutdownResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ShutdownResponse instance
         */
        static create(properties: wandb_internal.ShutdownResponse.$Shape): wandb_internal.ShutdownResponse & wandb_internal.ShutdownResponse.$Shape;
        static create(properties?: wandb_internal.ShutdownResponse.$Properties): wandb_internal.ShutdownResponse;

        /**
         * Encodes the specified ShutdownResponse message. Does not implicitly {@link wandb_internal.ShutdownResponse.verify|verify} messages.
         * @param message ShutdownResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.ShutdownResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ShutdownResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.ShutdownResponse & wandb_internal.ShutdownResponse.$Shape} ShutdownResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.ShutdownResponse & wandb_internal.ShutdownResponse.$Shape;
    }

    namespace ShutdownResponse {

        /** Properties of a ShutdownResponse. */
        interface $Properties {

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ShutdownResponse. */
        type $Shape = wandb_internal.ShutdownResponse.$Properties;
    }

    /**
     * Properties of an AttachRequest.
     * @deprecated Use wandb_internal.AttachRequest.$Properties instead.
     */
    interface IAttachRequest extends wandb_internal.AttachRequest.$Properties {
    }

    /** Represents an AttachRequest. */
    class AttachRequest {

        /**
         * Constructs a new AttachRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.AttachRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** AttachRequest attachId. */
        attachId: string;

        /** AttachRequest _info. */
        _info?: (wandb_internal._RequestInfo.$Properties|null);

        /**
         * Creates a new AttachRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AttachRequest instance
         */
        static create(properties: wandb_internal.AttachRequest.$Shape): wandb_internal.AttachRequest & wandb_internal.AttachRequest.$Shape;
        static create(properties?: wandb_internal.AttachRequest.$Properties): wandb_internal.AttachRequest;

        /**
         * Encodes the specified AttachRequest message. Does not implicitly {@link wandb_internal.AttachRequest.verify|verify} messages.
         * @param message AttachRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.AttachRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AttachRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.AttachRequest & wandb_internal.AttachRequest.$Shape} AttachRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.AttachRequest & wandb_internal.AttachRequest.$Shape;
    }

    namespace AttachRequest {

        /** Properties of an AttachRequest. */
        interface $Properties {

            /** AttachRequest attachId */
            attachId?: (string|null);

            /** AttachRequest _info */
            _info?: (wandb_internal._RequestInfo.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an AttachRequest. */
        type $Shape = wandb_internal.AttachRequest.$Properties;
    }

    /**
     * Properties of an AttachResponse.
     * @deprecated Use wandb_internal.AttachResponse.$Properties instead.
     */
    interface IAttachResponse extends wandb_internal.AttachResponse.$Properties {
    }

    /** Represents an AttachResponse. */
    class AttachResponse {

        /**
         * Constructs a new AttachResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.AttachResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** AttachResponse run. */
        run?: (wandb_internal.RunRecord.$Properties|null);

        /** AttachResponse error. */
        error?: (wandb_internal.ErrorInfo.$Properties|null);

        /**
         * Creates a new AttachResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns AttachResponse instance
         */
        static create(properties: wandb_internal.AttachResponse.$Shape): wandb_internal.AttachResponse & wandb_internal.AttachResponse.$Shape;
        static create(properties?: wandb_internal.AttachResponse.$Properties): wandb_internal.AttachResponse;

        /**
         * Encodes the specified AttachResponse message. Does not implicitly {@link wandb_internal.AttachResponse.verify|verify} messages.
         * @param message AttachResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.AttachResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes an AttachResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.AttachResponse & wandb_internal.AttachResponse.$Shape} AttachResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.AttachResponse & wandb_internal.AttachResponse.$Shape;
    }

    namespace AttachResponse {

        /** Properties of an AttachResponse. */
        interface $Properties {

            /** AttachResponse run */
            run?: (wandb_internal.RunRecord.$Properties|null);

            /** AttachResponse error */
            error?: (wandb_internal.ErrorInfo.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of an AttachResponse. */
        type $Shape = wandb_internal.AttachResponse.$Properties;
    }

    /**
     * Properties of a KeepaliveRequest.
     * @deprecated Use wandb_internal.KeepaliveRequest.$Properties instead.
     */
    interface IKeepaliveRequest extends wandb_internal.KeepaliveRequest.$Properties {
    }

    /** Represents a KeepaliveRequest. */
    class KeepaliveRequest {

        /**
         * Constructs a new KeepaliveRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.KeepaliveRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** KeepaliveRequest _info. */
        _info?: (wandb_internal._RequestInfo.$Properties|null);

        /**
         * Creates a new KeepaliveRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns KeepaliveRequest instance
         */
        static create(properties: wandb_internal.KeepaliveRequest.$Shape): wandb_internal.KeepaliveRequest & wandb_internal.KeepaliveRequest.$Shape;
        static create(properties?: wandb_internal.KeepaliveRequest.$Properties): wandb_internal.KeepaliveRequest;

        /**
         * Encodes the specified KeepaliveRequest message. Does not implicitly {@link wandb_internal.KeepaliveRequest.verify|verify} messages.
         * @param message KeepaliveRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.KeepaliveRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a KeepaliveRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.KeepaliveRequest & wandb_internal.KeepaliveRequest.$Shape} KeepaliveRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.KeepaliveRequest & wandb_internal.KeepaliveRequest.$Shape;
    }

    namespace KeepaliveRequest {

        /** Properties of a KeepaliveRequest. */
        interface $Properties {

            /** KeepaliveRequest _info */
            _info?: (wandb_internal._RequestInfo.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a KeepaliveRequest. */
        type $Shape = wandb_internal.KeepaliveRequest.$Properties;
    }

    /**
     * Properties of a KeepaliveResponse.
     * @deprecated Use wandb_internal.KeepaliveResponse.$Properties instead.
     */
    interface IKeepaliveResponse extends wandb_internal.KeepaliveResponse.$Properties {
    }

    /** Represents a KeepaliveResponse. */
    class KeepaliveResponse {

        /**
         * Constructs a new KeepaliveResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.KeepaliveResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /**
         * Creates a new KeepaliveResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns KeepaliveResponse instance
         */
        static create(properties: wandb_internal.KeepaliveResponse.$Shape): wandb_internal.KeepaliveResponse & wandb_internal.KeepaliveResponse.$Shape;
        static create(properties?: wandb_internal.KeepaliveResponse.$Properties): wandb_internal.KeepaliveResponse;

        /**
         * Encodes the specified KeepaliveResponse message. Does not implicitly {@link wandb_internal.KeepaliveResponse.verify|verify} messages.
         * @param message KeepaliveResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.KeepaliveResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a KeepaliveResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.KeepaliveResponse & wandb_internal.KeepaliveResponse.$Shape} KeepaliveResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.KeepaliveResponse & wandb_internal.KeepaliveResponse.$Shape;
    }

    namespace KeepaliveResponse {

        /** Properties of a KeepaliveResponse. */
        interface $Properties {

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a KeepaliveResponse. */
        type $Shape = wandb_internal.KeepaliveResponse.$Properties;
    }

    /**
     * Properties of a CancelRequest.
     * @deprecated Use wandb_internal.CancelRequest.$Properties instead.
     */
    interface ICancelRequest extends wandb_internal.CancelRequest.$Properties {
    }

    /** Represents a CancelRequest. */
    class CancelRequest {

        /**
         * Constructs a new CancelRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.CancelRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** CancelRequest cancelSlot. */
        cancelSlot: string;

        /** CancelRequest _info. */
        _info?: (wandb_internal._RequestInfo.$Properties|null);

        /**
         * Creates a new CancelRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns CancelRequest instance
         */
        static create(properties: wandb_internal.CancelRequest.$Shape): wandb_internal.CancelRequest & wandb_internal.CancelRequest.$Shape;
        static create(properties?: wandb_internal.CancelRequest.$Properties): wandb_internal.CancelRequest;

        /**
         * Encodes the specified CancelRequest message. Does not implicitly {@link wandb_internal.CancelRequest.verify|verify} messages.
         * @param message CancelRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.CancelRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a CancelRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.CancelRequest & wandb_internal.CancelRequest.$Shape} CancelRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.CancelRequest & wandb_internal.CancelRequest.$Shape;
    }

    namespace CancelRequest {

        /** Properties of a CancelRequest. */
        interface $Properties {

            /** CancelRequest cancelSlot */
            cancelSlot?: (string|null);

            /** CancelRequest _info */
            _info?: (wandb_internal._RequestInfo.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a CancelRequest. */
        type $Shape = wandb_internal.CancelRequest.$Properties;
    }

    /**
     * Properties of a CancelResponse.
     * @deprecated Use wandb_internal.CancelResponse.$Properties instead.
     */
    interface ICancelResponse extends wandb_internal.CancelResponse.$Properties {
    }

    /** Represents a CancelResponse. */
    class CancelResponse {

        /**
         * Constructs a new CancelResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.CancelResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /**
         * Creates a new CancelResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns CancelResponse instance
         */
        static create(properties: wandb_internal.CancelResponse.$Shape): wandb_internal.CancelResponse & wandb_internal.CancelResponse.$Shape;
        static create(properties?: wandb_internal.CancelResponse.$Properties): wandb_internal.CancelResponse;

        /**
         * Encodes the specified CancelResponse message. Does not implicitly {@link wandb_internal.CancelResponse.verify|verify} messages.
         * @param message CancelResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.CancelResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a CancelResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.CancelResponse & wandb_internal.CancelResponse.$Shape} CancelResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.CancelResponse & wandb_internal.CancelResponse.$Shape;
    }

    namespace CancelResponse {

        /** Properties of a CancelResponse. */
        interface $Properties {

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a CancelResponse. */
        type $Shape = wandb_internal.CancelResponse.$Properties;
    }

    /**
     * Properties of a TestInjectRequest.
     * @deprecated Use wandb_internal.TestInjectRequest.$Properties instead.
     */
    interface ITestInjectRequest extends wandb_internal.TestInjectRequest.$Properties {
    }

    /** Represents a TestInjectRequest. */
    class TestInjectRequest {

        /**
         * Constructs a new TestInjectRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.TestInjectRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** TestInjectRequest handlerExc. */
        handlerExc: boolean;

        /** TestInjectRequest handlerExit. */
        handlerExit: boolean;

        /** TestInjectRequest handlerAbort. */
        handlerAbort: boolean;

        /** TestInjectRequest senderExc. */
        senderExc: boolean;

        /** TestInjectRequest senderExit. */
        senderExit: boolean;

        /** TestInjectRequest senderAbort. */
        senderAbort: boolean;

        /** TestInjectRequest reqExc. */
        reqExc: boolean;

        /** TestInjectRequest reqExit. */
        reqExit: boolean;

        /** TestInjectRequest reqAbort. */
        reqAbort: boolean;

        /** TestInjectRequest respExc. */
        respExc: boolean;

        /** TestInjectRequest respExit. */
        respExit: boolean;

        /** TestInjectRequest respAbort. */
        respAbort: boolean;

        /** TestInjectRequest msgDrop. */
        msgDrop: boolean;

        /** TestInjectRequest msgHang. */
        msgHang: boolean;

        /** TestInjectRequest _info. */
        _info?: (wandb_internal._RequestInfo.$Properties|null);

        /**
         * Creates a new TestInjectRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns TestInjectRequest instance
         */
        static create(properties: wandb_internal.TestInjectRequest.$Shape): wandb_internal.TestInjectRequest & wandb_internal.TestInjectRequest.$Shape;
        static create(properties?: wandb_internal.TestInjectRequest.$Properties): wandb_internal.TestInjectRequest;

        /**
         * Encodes the specified TestInjectRequest message. Does not implicitly {@link wandb_internal.TestInjectRequest.verify|verify} messages.
         * @param message TestInjectRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.TestInjectRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a TestInjectRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.TestInjectRequest & wandb_internal.TestInjectRequest.$Shape} TestInjectRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.TestInjectRequest & wandb_internal.TestInjectRequest.$Shape;
    }

    namespace TestInjectRequest {

        /** Properties of a TestInjectRequest. */
        interface $Properties {

            /** TestInjectRequest handlerExc */
            handlerExc?: (boolean|null);

            /** TestInjectRequest handlerExit */
            handlerExit?: (boolean|null);

            /** TestInjectRequest handlerAbort */
            handlerAbort?: (boolean|null);

            /** TestInjectRequest senderExc */
            senderExc?: (boolean|null);

            /** TestInjectRequest senderExit */
            senderExit?: (boolean|null);

            /** TestInjectRequest senderAbort */
            senderAbort?: (boolean|null);

            /** TestInjectRequest reqExc */
            reqExc?: (boolean|null);

            /** TestInjectRequest reqExit */
            reqExit?: (boolean|null);

            /** TestInjectRequest reqAbort */
            reqAbort?: (boolean|null);

            /** TestInjectRequest respExc */
            respExc?: (boolean|null);

            /** TestInjectRequest respExit */
            respExit?: (boolean|null);

            /** TestInjectRequest respAbort */
            respAbort?: (boolean|null);

            /** TestInjectRequest msgDrop */
            msgDrop?: (boolean|null);

            /** TestInjectRequest msgHang */
            msgHang?: (boolean|null);

            /** TestInjectRequest _info */
            _info?: (wandb_internal._RequestInfo.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a TestInjectRequest. */
        type $Shape = wandb_internal.TestInjectRequest.$Properties;
    }

    /**
     * Properties of a TestInjectResponse.
     * @deprecated Use wandb_internal.TestInjectResponse.$Properties instead.
     */
    interface ITestInjectResponse extends wandb_internal.TestInjectResponse.$Properties {
    }

    /** Represents a TestInjectResponse. */
    class TestInjectResponse {

        /**
         * Constructs a new TestInjectResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.TestInjectResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /**
         * Creates a new TestInjectResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns TestInjectResponse instance
         */
        static create(properties: wandb_internal.TestInjectResponse.$Shape): wandb_internal.TestInjectResponse & wandb_internal.TestInjectResponse.$Shape;
        static create(properties?: wandb_internal.TestInjectResponse.$Properties): wandb_internal.TestInjectResponse;

        /**
         * Encodes the specified TestInjectResponse message. Does not implicitly {@link wandb_internal.TestInjectResponse.verify|verify} messages.
         * @param message TestInjectResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.TestInjectResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a TestInjectResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.TestInjectResponse & wandb_internal.TestInjectResponse.$Shape} TestInjectResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.TestInjectResponse & wandb_internal.TestInjectResponse.$Shape;
    }

    namespace TestInjectResponse {

        /** Properties of a TestInjectResponse. */
        interface $Properties {

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a TestInjectResponse. */
        type $Shape = wandb_internal.TestInjectResponse.$Properties;
    }

    /**
     * Properties of a HistoryAction.
     * @deprecated Use wandb_internal.HistoryAction.$Properties instead.
     */
    interface IHistoryAction extends wandb_internal.HistoryAction.$Properties {
    }

    /** Represents a HistoryAction. */
    class HistoryAction {

        /**
         * Constructs a new HistoryAction.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.HistoryAction.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** HistoryAction flush. */
        flush: boolean;

        /**
         * Creates a new HistoryAction instance using the specified properties.
         * @param [properties] Properties to set
         * @returns HistoryAction instance
         */
        static create(properties: wandb_internal.HistoryAction.$Shape): wandb_internal.HistoryAction & wandb_internal.HistoryAction.$Shape;
        static create(properties?: wandb_internal.HistoryAction.$Properties): wandb_internal.HistoryAction;

        /**
         * Encodes the specified HistoryAction message. Does not implicitly {@link wandb_internal.HistoryAction.verify|verify} messages.
         * @param message HistoryAction message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.HistoryAction.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a HistoryAction message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.HistoryAction & wandb_internal.HistoryAction.$Shape} HistoryAction
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.HistoryAction & wandb_internal.HistoryAction.$Shape;
    }

    namespace HistoryAction {

        /** Properties of a HistoryAction. */
        interface $Properties {

            /** HistoryAction flush */
            flush?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a HistoryAction. */
        type $Shape = wandb_internal.HistoryAction.$Properties;
    }

    /**
     * Properties of a PartialHistoryRequest.
     * @deprecated Use wandb_internal.PartialHistoryRequest.$Properties instead.
     */
    interface IPartialHistoryRequest extends wandb_internal.PartialHistoryRequest.$Properties {
    }

    /** Represents a PartialHistoryRequest. */
    class PartialHistoryRequest {

        /**
         * Constructs a new PartialHistoryRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.PartialHistoryRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** PartialHistoryRequest item. */
        item: wandb_internal.HistoryItem.$Properties[];

        /** PartialHistoryRequest step. */
        step?: (wandb_internal.HistoryStep.$Properties|null);

        /** PartialHistoryRequest action. */
        action?: (wandb_internal.HistoryAction.$Properties|null);

        /** PartialHistoryRequest _info. */
        _info?: (wandb_internal._RequestInfo.$Properties|null);

        /**
         * Creates a new PartialHistoryRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns PartialHistoryRequest instance
         */
        static create(properties: wandb_internal.PartialHistoryRequest.$Shape): wandb_internal.PartialHistoryRequest & wandb_internal.PartialHistoryRequest.$Shape;
        static create(properties?: wandb_internal.PartialHistoryRequest.$Properties): wandb_internal.PartialHistoryRequest;

        /**
         * Encodes the specified PartialHistoryRequest message. Does not implicitly {@link wandb_internal.PartialHistoryRequest.verify|verify} messages.
         * @param message PartialHistoryRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.PartialHistoryRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PartialHistoryRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.PartialHistoryRequest & wandb_internal.PartialHistoryRequest.$Shape} PartialHistoryRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.PartialHistoryRequest & wandb_internal.PartialHistoryRequest.$Shape;
    }

    namespace PartialHistoryRequest {

        /** Properties of a PartialHistoryRequest. */
        interface $Properties {

            /** PartialHistoryRequest item */
            item?: (wandb_internal.HistoryItem.$Properties[]|null);

            /** PartialHistoryRequest step */
            step?: (wandb_internal.HistoryStep.$Properties|null);

            /** PartialHistoryRequest action */
            action?: (wandb_internal.HistoryAction.$Properties|null);

            /** PartialHistoryRequest _info */
            _info?: (wandb_internal._RequestInfo.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a PartialHistoryRequest. */
        type $Shape = wandb_internal.PartialHistoryRequest.$Properties;
    }

    /**
     * Properties of a PartialHistoryResponse.
     * @deprecated Use wandb_internal.PartialHistoryResponse.$Properties instead.
     */
    interface IPartialHistoryResponse extends wandb_internal.PartialHistoryResponse.$Properties {
    }

    /** Represents a PartialHistoryResponse. */
    class PartialHistoryResponse {

        /**
         * Constructs a new PartialHistoryResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.PartialHistoryResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /**
         * Creates a new PartialHistoryResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns PartialHistoryResponse instance
         */
        static create(properties: wandb_internal.PartialHistoryResponse.$Shape): wandb_internal.PartialHistoryResponse & wandb_internal.PartialHistoryResponse.$Shape;
        static create(properties?: wandb_internal.PartialHistoryResponse.$Properties): wandb_internal.PartialHistoryResponse;

        /**
         * Encodes the specified PartialHistoryResponse message. Does not implicitly {@link wandb_internal.PartialHistoryResponse.verify|verify} messages.
         * @param message PartialHistoryResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.PartialHistoryResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PartialHistoryResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.PartialHistoryResponse & wandb_internal.PartialHistoryResponse.$Shape} PartialHistoryResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.PartialHistoryResponse & wandb_internal.PartialHistoryResponse.$Shape;
    }

    namespace PartialHistoryResponse {

        /** Properties of a PartialHistoryResponse. */
        interface $Properties {

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a PartialHistoryResponse. */
        type $Shape = wandb_internal.PartialHistoryResponse.$Properties;
    }

    /**
     * Properties of a HistoryStepRequest.
     * @deprecated Use wandb_internal.HistoryStepRequest.$Properties instead.
     */
    interface IHistoryStepRequest extends wandb_internal.HistoryStepRequest.$Properties {
    }

    /** Represents a HistoryStepRequest. */
    class HistoryStepRequest {

        /**
         * Constructs a new HistoryStepRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.HistoryStepRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /**
         * Creates a new HistoryStepRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns HistoryStepRequest instance
         */
        static create(properties: wandb_internal.HistoryStepRequest.$Shape): wandb_internal.HistoryStepRequest & wandb_internal.HistoryStepRequest.$Shape;
        static create(properties?: wandb_internal.HistoryStepRequest.$Properties): wandb_internal.HistoryStepRequest;

        /**
         * Encodes the specified HistoryStepRequest message. Does not implicitly {@link wandb_internal.HistoryStepRequest.verify|verify} messages.
         * @param message HistoryStepRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.HistoryStepRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a HistoryStepRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.HistoryStepRequest & wandb_internal.HistoryStepRequest.$Shape} HistoryStepRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.HistoryStepRequest & wandb_internal.HistoryStepRequest.$Shape;
    }

    namespace HistoryStepRequest {

        /** Properties of a HistoryStepRequest. */
        interface $Properties {

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a HistoryStepRequest. */
        type $Shape = wandb_internal.HistoryStepRequest.$Properties;
    }

    /**
     * Properties of a HistoryStepResponse.
     * @deprecated Use wandb_internal.HistoryStepResponse.$Properties instead.
     */
    interface IHistoryStepResponse extends wandb_internal.HistoryStepResponse.$Properties {
    }

    /** Represents a HistoryStepResponse. */
    class HistoryStepResponse {

        /**
         * Constructs a new HistoryStepResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.HistoryStepResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** HistoryStepResponse step. */
        step: number;

        /**
         * Creates a new HistoryStepResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns HistoryStepResponse instance
         */
        static create(properties: wandb_internal.HistoryStepResponse.$Shape): wandb_internal.HistoryStepResponse & wandb_internal.HistoryStepResponse.$Shape;
        static create(properties?: wandb_internal.HistoryStepResponse.$Properties): wandb_internal.HistoryStepResponse;

        /**
         * Encodes the specified HistoryStepResponse message. Does not implicitly {@link wandb_internal.HistoryStepResponse.verify|verify} messages.
         * @param message HistoryStepResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.HistoryStepResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a HistoryStepResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.HistoryStepResponse & wandb_internal.HistoryStepResponse.$Shape} HistoryStepResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.HistoryStepResponse & wandb_internal.HistoryStepResponse.$Shape;
    }

    namespace HistoryStepResponse {

        /** Properties of a HistoryStepResponse. */
        interface $Properties {

            /** HistoryStepResponse step */
            step?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a HistoryStepResponse. */
        type $Shape = wandb_internal.HistoryStepResponse.$Properties;
    }

    /**
     * Properties of a SampledHistoryRequest.
     * @deprecated Use wandb_internal.SampledHistoryRequest.$Properties instead.
     */
    interface ISampledHistoryRequest extends wandb_internal.SampledHistoryRequest.$Properties {
    }

    /** Represents a SampledHistoryRequest. */
    class SampledHistoryRequest {

        /**
         * Constructs a new SampledHistoryRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.SampledHistoryRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SampledHistoryRequest _info. */
        _info?: (wandb_internal._RequestInfo.$Properties|null);

        /**
         * Creates a new SampledHistoryRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SampledHistoryRequest instance
         */
        static create(properties: wandb_internal.SampledHistoryRequest.$Shape): wandb_internal.SampledHistoryRequest & wandb_internal.SampledHistoryRequest.$Shape;
        static create(properties?: wandb_internal.SampledHistoryRequest.$Properties): wandb_internal.SampledHistoryRequest;

        /**
         * Encodes the specified SampledHistoryRequest message. Does not implicitly {@link wandb_internal.SampledHistoryRequest.verify|verify} messages.
         * @param message SampledHistoryRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.SampledHistoryRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SampledHistoryRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.SampledHistoryRequest & wandb_internal.SampledHistoryRequest.$Shape} SampledHistoryRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.SampledHistoryRequest & wandb_internal.SampledHistoryRequest.$Shape;
    }

    namespace SampledHistoryRequest {

        /** Properties of a SampledHistoryRequest. */
        interface $Properties {

            /** SampledHistoryRequest _info */
            _info?: (wandb_internal._RequestInfo.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SampledHistoryRequest. */
        type $Shape = wandb_internal.SampledHistoryRequest.$Properties;
    }

    /**
     * Properties of a SampledHistoryItem.
     * @deprecated Use wandb_internal.SampledHistoryItem.$Properties instead.
     */
    interface ISampledHistoryItem extends wandb_internal.SampledHistoryItem.$Properties {
    }

    /** Represents a SampledHistoryItem. */
    class SampledHistoryItem {

        /**
         * Constructs a new SampledHistoryItem.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.SampledHistoryItem.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SampledHistoryItem key. */
        key: string;

        /** SampledHistoryItem nestedKey. */
        nestedKey: string[];

        /** SampledHistoryItem valuesFloat. */
        valuesFloat: number[];

        /** SampledHistoryItem valuesInt. */
        valuesInt: number[];

        /**
         * Creates a new SampledHistoryItem instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SampledHistoryItem instance
         */
        static create(properties: wandb_internal.SampledHistoryItem.$Shape): wandb_internal.SampledHistoryItem & wandb_internal.SampledHistoryItem.$Shape;
        static create(properties?: wandb_internal.SampledHistoryItem.$Properties): wandb_internal.SampledHistoryItem;

        /**
         * Encodes the specified SampledHistoryItem message. Does not implicitly {@link wandb_internal.SampledHistoryItem.verify|verify} messages.
         * @param message SampledHistoryItem message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.SampledHistoryItem.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SampledHistoryItem message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.SampledHistoryItem & wandb_internal.SampledHistoryItem.$Shape} SampledHistoryItem
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.SampledHistoryItem & wandb_internal.SampledHistoryItem.$Shape;
    }

    namespace SampledHistoryItem {

        /** Properties of a SampledHistoryItem. */
        interface $Properties {

            /** SampledHistoryItem key */
            key?: (string|null);

            /** SampledHistoryItem nestedKey */
            nestedKey?: (string[]|null);

            /** SampledHistoryItem valuesFloat */
            valuesFloat?: (number[]|null);

            /** SampledHistoryItem valuesInt */
            valuesInt?: (number[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SampledHistoryItem. */
        type $Shape = wandb_internal.SampledHistoryItem.$Properties;
    }

    /**
     * Properties of a SampledHistoryResponse.
     * @deprecated Use wandb_internal.SampledHistoryResponse.$Properties instead.
     */
    interface ISampledHistoryResponse extends wandb_internal.SampledHistoryResponse.$Properties {
    }

    /** Represents a SampledHistoryResponse. */
    class SampledHistoryResponse {

        /**
         * Constructs a new SampledHistoryResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.SampledHistoryResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SampledHistoryResponse item. */
        item: wandb_internal.SampledHistoryItem.$Properties[];

        /**
         * Creates a new SampledHistoryResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SampledHistoryResponse instance
         */
        static create(properties: wandb_internal.SampledHistoryResponse.$Shape): wandb_internal.SampledHistoryResponse & wandb_internal.SampledHistoryResponse.$Shape;
        static create(properties?: wandb_internal.SampledHistoryResponse.$Properties): wandb_internal.SampledHistoryResponse;

        /**
         * Encodes the specified SampledHistoryResponse message. Does not implicitly {@link wandb_internal.SampledHistoryResponse.verify|verify} messages.
         * @param message SampledHistoryResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.SampledHistoryResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SampledHistoryResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.SampledHistoryResponse & wandb_internal.SampledHistoryResponse.$Shape} SampledHistoryResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.SampledHistoryResponse & wandb_internal.SampledHistoryResponse.$Shape;
    }

    namespace SampledHistoryResponse {

        /** Properties of a SampledHistoryResponse. */
        interface $Properties {

            /** SampledHistoryResponse item */
            item?: (wandb_internal.SampledHistoryItem.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SampledHistoryResponse. */
        type $Shape = wandb_internal.SampledHistoryResponse.$Properties;
    }

    /**
     * Properties of a GetSummaryRequest.
     * @deprecated Use wandb_internal.GetSummaryRequest.$Properties instead.
     */
    interface IGetSummaryRequest extends wandb_internal.GetSummaryRequest.$Properties {
    }

    /** Represents a GetSummaryRequest. */
    class GetSummaryRequest {

        /**
         * Constructs a new GetSummaryRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.GetSummaryRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** GetSummaryRequest _info. */
        _info?: (wandb_internal._RequestInfo.$Properties|null);

        /**
         * Creates a new GetSummaryRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns GetSummaryRequest instance
         */
        static create(properties: wandb_internal.GetSummaryRequest.$Shape): wandb_internal.GetSummaryRequest & wandb_internal.GetSummaryRequest.$Shape;
        static create(properties?: wandb_internal.GetSummaryRequest.$Properties): wandb_internal.GetSummaryRequest;

        /**
         * Encodes the specified GetSummaryRequest message. Does not implicitly {@link wandb_internal.GetSummaryRequest.verify|verify} messages.
         * @param message GetSummaryRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.GetSummaryRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a GetSummaryRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.GetSummaryRequest & wandb_internal.GetSummaryRequest.$Shape} GetSummaryRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.GetSummaryRequest & wandb_internal.GetSummaryRequest.$Shape;
    }

    namespace GetSummaryRequest {

        /** Properties of a GetSummaryRequest. */
        interface $Properties {

            /** GetSummaryRequest _info */
            _info?: (wandb_internal._RequestInfo.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a GetSummaryRequest. */
        type $Shape = wandb_internal.GetSummaryRequest.$Properties;
    }

    /**
     * Properties of a GetSummaryResponse.
     * @deprecated Use wandb_internal.GetSummaryResponse.$Properties instead.
     */
    interface IGetSummaryResponse extends wandb_internal.GetSummaryResponse.$Properties {
    }

    /** Represents a GetSummaryResponse. */
    class GetSummaryResponse {

        /**
         * Constructs a new GetSummaryResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.GetSummaryResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** GetSummaryResponse item. */
        item: wandb_internal.SummaryItem.$Properties[];

        /**
         * Creates a new GetSummaryResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns GetSummaryResponse instance
         */
        static create(properties: wandb_internal.GetSummaryResponse.$Shape): wandb_internal.GetSummaryResponse & wandb_internal.GetSummaryResponse.$Shape;
        static create(properties?: wandb_internal.GetSummaryResponse.$Properties): wandb_internal.GetSummaryResponse;

        /**
         * Encodes the specified GetSummaryResponse message. Does not implicitly {@link wandb_internal.GetSummaryResponse.verify|verify} messages.
         * @param message GetSummaryResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.GetSummaryResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a GetSummaryResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.GetSummaryResponse & wandb_internal.GetSummaryResponse.$Shape} GetSummaryResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.GetSummaryResponse & wandb_internal.GetSummaryResponse.$Shape;
    }

    namespace GetSummaryResponse {

        /** Properties of a GetSummaryResponse. */
        interface $Properties {

            /** GetSummaryResponse item */
            item?: (wandb_internal.SummaryItem.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a GetSummaryResponse. */
        type $Shape = wandb_internal.GetSummaryResponse.$Properties;
    }

    /**
     * Properties of a SummaryRecordRequest.
     * @deprecated Use wandb_internal.SummaryRecordRequest.$Properties instead.
     */
    interface ISummaryRecordRequest extends wandb_internal.SummaryRecordRequest.$Properties {
    }

    /** Represents a SummaryRecordRequest. */
    class SummaryRecordRequest {

        /**
         * Constructs a new SummaryRecordRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.SummaryRecordRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SummaryRecordRequest summary. */
        summary?: (wandb_internal.SummaryRecord.$Properties|null);

        /**
         * Creates a new SummaryRecordRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SummaryRecordRequest instance
         */
        static create(properties: wandb_internal.SummaryRecordRequest.$Shape): wandb_internal.SummaryRecordRequest & wandb_internal.SummaryRecordRequest.$Shape;
        static create(properties?: wandb_internal.SummaryRecordRequest.$Properties): wandb_internal.SummaryRecordRequest;

        /**
         * Encodes the specified SummaryRecordRequest message. Does not implicitly {@link wandb_internal.SummaryRecordRequest.verify|verify} messages.
         * @param message SummaryRecordRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.SummaryRecordRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SummaryRecordRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.SummaryRecordRequest & wandb_internal.SummaryRecordRequest.$Shape} SummaryRecordRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.SummaryRecordRequest & wandb_internal.SummaryRecordRequest.$Shape;
    }

    namespace SummaryRecordRequest {

        /** Properties of a SummaryRecordRequest. */
        interface $Properties {

            /** SummaryRecordRequest summary */
            summary?: (wandb_internal.SummaryRecord.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SummaryRecordRequest. */
        type $Shape = wandb_internal.SummaryRecordRequest.$Properties;
    }

    /**
     * Properties of a TelemetryRecordRequest.
     * @deprecated Use wandb_internal.TelemetryRecordRequest.$Properties instead.
     */
    interface ITelemetryRecordRequest extends wandb_internal.TelemetryRecordRequest.$Properties {
    }

    /** Represents a TelemetryRecordRequest. */
    class TelemetryRecordRequest {

        /**
         * Constructs a new TelemetryRecordRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.TelemetryRecordRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** TelemetryRecordRequest telemetry. */
        telemetry?: (wandb_internal.TelemetryRecord.$Properties|null);

        /**
         * Creates a new TelemetryRecordRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns TelemetryRecordRequest instance
         */
        static create(properties: wandb_internal.TelemetryRecordRequest.$Shape): wandb_internal.TelemetryRecordRequest & wandb_internal.TelemetryRecordRequest.$Shape;
        static create(properties?: wandb_internal.TelemetryRecordRequest.$Properties): wandb_internal.TelemetryRecordRequest;

        /**
         * Encodes the specified TelemetryRecordRequest message. Does not implicitly {@link wandb_internal.TelemetryRecordRequest.verify|verify} messages.
         * @param message TelemetryRecordRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.TelemetryRecordRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a TelemetryRecordRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.TelemetryRecordRequest & wandb_internal.TelemetryRecordRequest.$Shape} TelemetryRecordRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.TelemetryRecordRequest & wandb_internal.TelemetryRecordRequest.$Shape;
    }

    namespace TelemetryRecordRequest {

        /** Properties of a TelemetryRecordRequest. */
        interface $Properties {

            /** TelemetryRecordRequest telemetry */
            telemetry?: (wandb_internal.TelemetryRecord.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a TelemetryRecordRequest. */
        type $Shape = wandb_internal.TelemetryRecordRequest.$Properties;
    }

    /**
     * Properties of a GetSystemMetricsRequest.
     * @deprecated Use wandb_internal.GetSystemMetricsRequest.$Properties instead.
     */
    interface IGetSystemMetricsRequest extends wandb_internal.GetSystemMetricsRequest.$Properties {
    }

    /** Represents a GetSystemMetricsRequest. */
    class GetSystemMetricsRequest {

        /**
         * Constructs a new GetSystemMetricsRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.GetSystemMetricsRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** GetSystemMetricsRequest _info. */
        _info?: (wandb_internal._RequestInfo.$Properties|null);

        /**
         * Creates a new GetSystemMetricsRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns GetSystemMetricsRequest instance
         */
        static create(properties: wandb_internal.GetSystemMetricsRequest.$Shape): wandb_internal.GetSystemMetricsRequest & wandb_internal.GetSystemMetricsRequest.$Shape;
        static create(properties?: wandb_internal.GetSystemMetricsRequest.$Properties): wandb_internal.GetSystemMetricsRequest;

        /**
         * Encodes the specified GetSystemMetricsRequest message. Does not implicitly {@link wandb_internal.GetSystemMetricsRequest.verify|verify} messages.
         * @param message GetSystemMetricsRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.GetSystemMetricsRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a GetSystemMetricsRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.GetSystemMetricsRequest & wandb_internal.GetSystemMetricsRequest.$Shape} GetSystemMetricsRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.GetSystemMetricsRequest & wandb_internal.GetSystemMetricsRequest.$Shape;
    }

    namespace GetSystemMetricsRequest {

        /** Properties of a GetSystemMetricsRequest. */
        interface $Properties {

            /** GetSystemMetricsRequest _info */
            _info?: (wandb_internal._RequestInfo.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a GetSystemMetricsRequest. */
        type $Shape = wandb_internal.GetSystemMetricsRequest.$Properties;
    }

    /**
     * Properties of a SystemMetricSample.
     * @deprecated Use wandb_internal.SystemMetricSample.$Properties instead.
     */
    interface ISystemMetricSample extends wandb_internal.SystemMetricSample.$Properties {
    }

    /** Represents a SystemMetricSample. */
    class SystemMetricSample {

        /**
         * Constructs a new SystemMetricSample.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.SystemMetricSample.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SystemMetricSample timestamp. */
        timestamp?: (google.protobuf.Timestamp.$Properties|null);

        /** SystemMetricSample value. */
        value: number;

        /**
         * Creates a new SystemMetricSample instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SystemMetricSample instance
         */
        static create(properties: wandb_internal.SystemMetricSample.$Shape): wandb_internal.SystemMetricSample & wandb_internal.SystemMetricSample.$Shape;
        static create(properties?: wandb_internal.SystemMetricSample.$Properties): wandb_internal.SystemMetricSample;

        /**
         * Encodes the specified SystemMetricSample message. Does not implicitly {@link wandb_internal.SystemMetricSample.verify|verify} messages.
         * @param message SystemMetricSample message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.SystemMetricSample.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SystemMetricSample message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.SystemMetricSample & wandb_internal.SystemMetricSample.$Shape} SystemMetricSample
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.SystemMetricSample & wandb_internal.SystemMetricSample.$Shape;
    }

    namespace SystemMetricSample {

        /** Properties of a SystemMetricSample. */
        interface $Properties {

            /** SystemMetricSample timestamp */
            timestamp?: (google.protobuf.Timestamp.$Properties|null);

            /** SystemMetricSample value */
            value?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SystemMetricSample. */
        type $Shape = wandb_internal.SystemMetricSample.$Properties;
    }

    /**
     * Properties of a SystemMetricsBuffer.
     * @deprecated Use wandb_internal.SystemMetricsBuffer.$Properties instead.
     */
    interface ISystemMetricsBuffer extends wandb_internal.SystemMetricsBuffer.$Properties {
    }

    /** Represents a SystemMetricsBuffer. */
    class SystemMetricsBuffer {

        /**
         * Constructs a new SystemMetricsBuffer.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.SystemMetricsBuffer.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SystemMetricsBuffer record. */
        record: wandb_internal.SystemMetricSample.$Properties[];

        /**
         * Creates a new SystemMetricsBuffer instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SystemMetricsBuffer instance
         */
        static create(properties: wandb_internal.SystemMetricsBuffer.$Shape): wandb_internal.SystemMetricsBuffer & wandb_internal.SystemMetricsBuffer.$Shape;
        static create(properties?: wandb_internal.SystemMetricsBuffer.$Properties): wandb_internal.SystemMetricsBuffer;

        /**
         * Encodes the specified SystemMetricsBuffer message. Does not implicitly {@link wandb_internal.SystemMetricsBuffer.verify|verify} messages.
         * @param message SystemMetricsBuffer message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.SystemMetricsBuffer.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SystemMetricsBuffer message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.SystemMetricsBuffer & wandb_internal.SystemMetricsBuffer.$Shape} SystemMetricsBuffer
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.SystemMetricsBuffer & wandb_internal.SystemMetricsBuffer.$Shape;
    }

    namespace SystemMetricsBuffer {

        /** Properties of a SystemMetricsBuffer. */
        interface $Properties {

            /** SystemMetricsBuffer record */
            record?: (wandb_internal.SystemMetricSample.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SystemMetricsBuffer. */
        type $Shape = wandb_internal.SystemMetricsBuffer.$Properties;
    }

    /**
     * Properties of a GetSystemMetricsResponse.
     * @deprecated Use wandb_internal.GetSystemMetricsResponse.$Properties instead.
     */
    interface IGetSystemMetricsResponse extends wandb_internal.GetSystemMetricsResponse.$Properties {
    }

    /** Represents a GetSystemMetricsResponse. */
    class GetSystemMetricsResponse {

        /**
         * Constructs a new GetSystemMetricsResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.GetSystemMetricsResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** GetSystemMetricsResponse systemMetrics. */
        systemMetrics: { [k: string]: wandb_internal.SystemMetricsBuffer.$Properties };

        /**
         * Creates a new GetSystemMetricsResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns GetSystemMetricsResponse instance
         */
        static create(properties: wandb_internal.GetSystemMetricsResponse.$Shape): wandb_internal.GetSystemMetricsResponse & wandb_internal.GetSystemMetricsResponse.$Shape;
        static create(properties?: wandb_internal.GetSystemMetricsResponse.$Properties): wandb_internal.GetSystemMetricsResponse;

        /**
         * Encodes the specified GetSystemMetricsResponse message. Does not implicitly {@link wandb_internal.GetSystemMetricsResponse.verify|verify} messages.
         * @param message GetSystemMetricsResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.GetSystemMetricsResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a GetSystemMetricsResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.GetSystemMetricsResponse & wandb_internal.GetSystemMetricsResponse.$Shape} GetSystemMetricsResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.GetSystemMetricsResponse & wandb_internal.GetSystemMetricsResponse.$Shape;
    }

    namespace GetSystemMetricsResponse {

        /** Properties of a GetSystemMetricsResponse. */
        interface $Properties {

            /** GetSystemMetricsResponse systemMetrics */
            systemMetrics?: ({ [k: string]: wandb_internal.SystemMetricsBuffer.$Properties }|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a GetSystemMetricsResponse. */
        type $Shape = wandb_internal.GetSystemMetricsResponse.$Properties;
    }

    /**
     * Properties of a RunStatusRequest.
     * @deprecated Use wandb_internal.RunStatusRequest.$Properties instead.
     */
    interface IRunStatusRequest extends wandb_internal.RunStatusRequest.$Properties {
    }

    /** Represents a RunStatusRequest. */
    class RunStatusRequest {

        /**
         * Constructs a new RunStatusRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.RunStatusRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** RunStatusRequest _info. */
        _info?: (wandb_internal._RequestInfo.$Properties|null);

        /**
         * Creates a new RunStatusRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RunStatusRequest instance
         */
        static create(properties: wandb_internal.RunStatusRequest.$Shape): wandb_internal.RunStatusRequest & wandb_internal.RunStatusRequest.$Shape;
        static create(properties?: wandb_internal.RunStatusRequest.$Properties): wandb_internal.RunStatusRequest;

        /**
         * Encodes the specified RunStatusRequest message. Does not implicitly {@link wandb_internal.RunStatusRequest.verify|verify} messages.
         * @param message RunStatusRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.RunStatusRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RunStatusRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.RunStatusRequest & wandb_internal.RunStatusRequest.$Shape} RunStatusRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.RunStatusRequest & wandb_internal.RunStatusRequest.$Shape;
    }

    namespace RunStatusRequest {

        /** Properties of a RunStatusRequest. */
        interface $Properties {

            /** RunStatusRequest _info */
            _info?: (wandb_internal._RequestInfo.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a RunStatusRequest. */
        type $Shape = wandb_internal.RunStatusRequest.$Properties;
    }

    /**
     * Properties of a RunStatusResponse.
     * @deprecated Use wandb_internal.RunStatusResponse.$Properties instead.
     */
    interface IRunStatusResponse extends wandb_internal.RunStatusResponse.$Properties {
    }

    /** Represents a RunStatusResponse. */
    class RunStatusResponse {

        /**
         * Constructs a new RunStatusResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.RunStatusResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** RunStatusResponse syncItemsTotal. */
        syncItemsTotal: number;

        /** RunStatusResponse syncItemsPending. */
        syncItemsPending: number;

        /** RunStatusResponse syncTime. */
        syncTime?: (google.protobuf.Timestamp.$Properties|null);

        /**
         * Creates a new RunStatusResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns RunStatusResponse instance
         */
        static create(properties: wandb_internal.RunStatusResponse.$Shape): wandb_internal.RunStatusResponse & wandb_internal.RunStatusResponse.$Shape;
        static create(properties?: wandb_internal.RunStatusResponse.$Properties): wandb_internal.RunStatusResponse;

        /**
         * Encodes the specified RunStatusResponse message. Does not implicitly {@link wandb_internal.RunStatusResponse.verify|verify} messages.
         * @param message RunStatusResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.RunStatusResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a RunStatusResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.RunStatusResponse & wandb_internal.RunStatusResponse.$Shape} RunStatusResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.RunStatusResponse & wandb_internal.RunStatusResponse.$Shape;
    }

    namespace RunStatusResponse {

        /** Properties of a RunStatusResponse. */
        interface $Properties {

            /** RunStatusResponse syncItemsTotal */
            syncItemsTotal?: (number|null);

            /** RunStatusResponse syncItemsPending */
            syncItemsPending?: (number|null);

            /** RunStatusResponse syncTime */
            syncTime?: (google.protobuf.Timestamp.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a RunStatusResponse. */
        type $Shape = wandb_internal.RunStatusResponse.$Properties;
    }

    /**
     * Properties of a SenderMarkRequest.
     * @deprecated Use wandb_internal.SenderMarkRequest.$Properties instead.
     */
    interface ISenderMarkRequest extends wandb_internal.SenderMarkRequest.$Properties {
    }

    /** Represents a SenderMarkRequest. */
    class SenderMarkRequest {

        /**
         * Constructs a new SenderMarkRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.SenderMarkRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /**
         * Creates a new SenderMarkRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SenderMarkRequest instance
         */
        static create(properties: wandb_internal.SenderMarkRequest.$Shape): wandb_internal.SenderMarkRequest & wandb_internal.SenderMarkRequest.$Shape;
        static create(properties?: wandb_internal.SenderMarkRequest.$Properties): wandb_internal.SenderMarkRequest;

        /**
         * Encodes the specified SenderMarkRequest message. Does not implicitly {@link wandb_internal.SenderMarkRequest.verify|verify} messages.
         * @param message SenderMarkRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.SenderMarkRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SenderMarkRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.SenderMarkRequest & wandb_internal.SenderMarkRequest.$Shape} SenderMarkRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.SenderMarkRequest & wandb_internal.SenderMarkRequest.$Shape;
    }

    namespace SenderMarkRequest {

        /** Properties of a SenderMarkRequest. */
        interface $Properties {

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SenderMarkRequest. */
        type $Shape = wandb_internal.SenderMarkRequest.$Properties;
    }

    /**
     * Properties of a SenderReadRequest.
     * @deprecated Use wandb_internal.SenderReadRequest.$Properties instead.
     */
    interface ISenderReadRequest extends wandb_internal.SenderReadRequest.$Properties {
    }

    /** Represents a SenderReadRequest. */
    class SenderReadRequest {

        /**
         * Constructs a new SenderReadRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.SenderReadRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SenderReadRequest startOffset. */
        startOffset: number;

        /** SenderReadRequest finalOffset. */
        finalOffset: number;

        /**
         * Creates a new SenderReadRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SenderReadRequest instance
         */
        static create(properties: wandb_internal.SenderReadRequest.$Shape): wandb_internal.SenderReadRequest & wandb_internal.SenderReadRequest.$Shape;
        static create(properties?: wandb_internal.SenderReadRequest.$Properties): wandb_internal.SenderReadRequest;

        /**
         * Encodes the specified SenderReadRequest message. Does not implicitly {@link wandb_internal.SenderReadRequest.verify|verify} messages.
         * @param message SenderReadRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.SenderReadRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SenderReadRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.SenderReadRequest & wandb_internal.SenderReadRequest.$Shape} SenderReadRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.SenderReadRequest & wandb_internal.SenderReadRequest.$Shape;
    }

    namespace SenderReadRequest {

        /** Properties of a SenderReadRequest. */
        interface $Properties {

            /** SenderReadRequest startOffset */
            startOffset?: (number|null);

            /** SenderReadRequest finalOffset */
            finalOffset?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SenderReadRequest. */
        type $Shape = wandb_internal.SenderReadRequest.$Properties;
    }

    /**
     * Properties of a StatusReportRequest.
     * @deprecated Use wandb_internal.StatusReportRequest.$Properties instead.
     */
    interface IStatusReportRequest extends wandb_internal.StatusReportRequest.$Properties {
    }

    /** Represents a StatusReportRequest. */
    class StatusReportRequest {

        /**
         * Constructs a new StatusReportRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.StatusReportRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** StatusReportRequest recordNum. */
        recordNum: number;

        /** StatusReportRequest sentOffset. */
        sentOffset: number;

        /** StatusReportRequest syncTime. */
        syncTime?: (google.protobuf.Timestamp.$Properties|null);

        /**
         * Creates a new StatusReportRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns StatusReportRequest instance
         */
        static create(properties: wandb_internal.StatusReportRequest.$Shape): wandb_internal.StatusReportRequest & wandb_internal.StatusReportRequest.$Shape;
        static create(properties?: wandb_internal.StatusReportRequest.$Properties): wandb_internal.StatusReportRequest;

        /**
         * Encodes the specified StatusReportRequest message. Does not implicitly {@link wandb_internal.StatusReportRequest.verify|verify} messages.
         * @param message StatusReportRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.StatusReportRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a StatusReportRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.StatusReportRequest & wandb_internal.StatusReportRequest.$Shape} StatusReportRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.StatusReportRequest & wandb_internal.StatusReportRequest.$Shape;
    }

    namespace StatusReportRequest {

        /** Properties of a StatusReportRequest. */
        interface $Properties {

            /** StatusReportRequest recordNum */
            recordNum?: (number|null);

            /** StatusReportRequest sentOffset */
            sentOffset?: (number|null);

            /** StatusReportRequest syncTime */
            syncTime?: (google.protobuf.Timestamp.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a StatusReportRequest. */
        type $Shape = wandb_internal.StatusReportRequest.$Properties;
    }

    /**
     * Properties of a SyncRequest.
     * @deprecated Use wandb_internal.SyncRequest.$Properties instead.
     */
    interface ISyncRequest extends wandb_internal.SyncRequest.$Properties {
    }

    /** Represents a SyncRequest. */
    class SyncRequest {

        /**
         * Constructs a new SyncRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.SyncRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SyncRequest startOffset. */
        startOffset: number;

        /** SyncRequest finalOffset. */
        finalOffset: number;

        /** SyncRequest overwrite. */
        overwrite?: (wandb_internal.SyncOverwrite.$Properties|null);

        /** SyncRequest skip. */
        skip?: (wandb_internal.SyncSkip.$Properties|null);

        /**
         * Creates a new SyncRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SyncRequest instance
         */
        static create(properties: wandb_internal.SyncRequest.$Shape): wandb_internal.SyncRequest & wandb_internal.SyncRequest.$Shape;
        static create(properties?: wandb_internal.SyncRequest.$Properties): wandb_internal.SyncRequest;

        /**
         * Encodes the specified SyncRequest message. Does not implicitly {@link wandb_internal.SyncRequest.verify|verify} messages.
         * @param message SyncRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.SyncRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SyncRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.SyncRequest & wandb_internal.SyncRequest.$Shape} SyncRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.SyncRequest & wandb_internal.SyncRequest.$Shape;
    }

    namespace SyncRequest {

        /** Properties of a SyncRequest. */
        interface $Properties {

            /** SyncRequest startOffset */
            startOffset?: (number|null);

            /** SyncRequest finalOffset */
            finalOffset?: (number|null);

            /** SyncRequest overwrite */
            overwrite?: (wandb_internal.SyncOverwrite.$Properties|null);

            /** SyncRequest skip */
            skip?: (wandb_internal.SyncSkip.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SyncRequest. */
        type $Shape = wandb_internal.SyncRequest.$Properties;
    }

    /**
     * Properties of a SyncOverwrite.
     * @deprecated Use wandb_internal.SyncOverwrite.$Properties instead.
     */
    interface ISyncOverwrite extends wandb_internal.SyncOverwrite.$Properties {
    }

    /** Represents a SyncOverwrite. */
    class SyncOverwrite {

        /**
         * Constructs a new SyncOverwrite.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.SyncOverwrite.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SyncOverwrite runId. */
        runId: string;

        /** SyncOverwrite entity. */
        entity: string;

        /** SyncOverwrite project. */
        project: string;

        /**
         * Creates a new SyncOverwrite instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SyncOverwrite instance
         */
        static create(properties: wandb_internal.SyncOverwrite.$Shape): wandb_internal.SyncOverwrite & wandb_internal.SyncOverwrite.$Shape;
        static create(properties?: wandb_internal.SyncOverwrite.$Properties): wandb_internal.SyncOverwrite;

        /**
         * Encodes the specified SyncOverwrite message. Does not implicitly {@link wandb_internal.SyncOverwrite.verify|verify} messages.
         * @param message SyncOverwrite message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.SyncOverwrite.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SyncOverwrite message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.SyncOverwrite & wandb_internal.SyncOverwrite.$Shape} SyncOverwrite
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.SyncOverwrite & wandb_internal.SyncOverwrite.$Shape;
    }

    namespace SyncOverwrite {

        /** Properties of a SyncOverwrite. */
        interface $Properties {

            /** SyncOverwrite runId */
            runId?: (string|null);

            /** SyncOverwrite entity */
            entity?: (string|null);

            /** SyncOverwrite project */
            project?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SyncOverwrite. */
        type $Shape = wandb_internal.SyncOverwrite.$Properties;
    }

    /**
     * Properties of a SyncSkip.
     * @deprecated Use wandb_internal.SyncSkip.$Properties instead.
     */
    interface ISyncSkip extends wandb_internal.SyncSkip.$Properties {
    }

    /** Represents a SyncSkip. */
    class SyncSkip {

        /**
         * Constructs a new SyncSkip.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.SyncSkip.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SyncSkip outputRaw. */
        outputRaw: boolean;

        /**
         * Creates a new SyncSkip instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SyncSkip instance
         */
        static create(properties: wandb_internal.SyncSkip.$Shape): wandb_internal.SyncSkip & wandb_internal.SyncSkip.$Shape;
        static create(properties?: wandb_internal.SyncSkip.$Properties): wandb_internal.SyncSkip;

        /**
         * Encodes the specified SyncSkip message. Does not implicitly {@link wandb_internal.SyncSkip.verify|verify} messages.
         * @param message SyncSkip message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.SyncSkip.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SyncSkip message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.SyncSkip & wandb_internal.SyncSkip.$Shape} SyncSkip
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.SyncSkip & wandb_internal.SyncSkip.$Shape;
    }

    namespace SyncSkip {

        /** Properties of a SyncSkip. */
        interface $Properties {

            /** SyncSkip outputRaw */
            outputRaw?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SyncSkip. */
        type $Shape = wandb_internal.SyncSkip.$Properties;
    }

    /**
     * Properties of a SyncFinishRequest.
     * @deprecated Use wandb_internal.SyncFinishRequest.$Properties instead.
     */
    interface ISyncFinishRequest extends wandb_internal.SyncFinishRequest.$Properties {
    }

    /** Represents a SyncFinishRequest. */
    class SyncFinishRequest {

        /**
         * Constructs a new SyncFinishRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.SyncFinishRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /**
         * Creates a new SyncFinishRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SyncFinishRequest instance
         */
        static create(properties: wandb_internal.SyncFinishRequest.$Shape): wandb_internal.SyncFinishRequest & wandb_internal.SyncFinishRequest.$Shape;
        static create(properties?: wandb_internal.SyncFinishRequest.$Properties): wandb_internal.SyncFinishRequest;

        /**
         * Encodes the specified SyncFinishRequest message. Does not implicitly {@link wandb_internal.SyncFinishRequest.verify|verify} messages.
         * @param message SyncFinishRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.SyncFinishRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SyncFinishRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.SyncFinishRequest & wandb_internal.SyncFinishRequest.$Shape} SyncFinishRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.SyncFinishRequest & wandb_internal.SyncFinishRequest.$Shape;
    }

    namespace SyncFinishRequest {

        /** Properties of a SyncFinishRequest. */
        interface $Properties {

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SyncFinishRequest. */
        type $Shape = wandb_internal.SyncFinishRequest.$Properties;
    }

    /**
     * Properties of a SyncResponse.
     * @deprecated Use wandb_internal.SyncResponse.$Properties instead.
     */
    interface ISyncResponse extends wandb_internal.SyncResponse.$Properties {
    }

    /** Represents a SyncResponse. */
    class SyncResponse {

        /**
         * Constructs a new SyncResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.SyncResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** SyncResponse url. */
        url: string;

        /** SyncResponse error. */
        error?: (wandb_internal.ErrorInfo.$Properties|null);

        /**
         * Creates a new SyncResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns SyncResponse instance
         */
        static create(properties: wandb_internal.SyncResponse.$Shape): wandb_internal.SyncResponse & wandb_internal.SyncResponse.$Shape;
        static create(properties?: wandb_internal.SyncResponse.$Properties): wandb_internal.SyncResponse;

        /**
         * Encodes the specified SyncResponse message. Does not implicitly {@link wandb_internal.SyncResponse.verify|verify} messages.
         * @param message SyncResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.SyncResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a SyncResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.SyncResponse & wandb_internal.SyncResponse.$Shape} SyncResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.SyncResponse & wandb_internal.SyncResponse.$Shape;
    }

    namespace SyncResponse {

        /** Properties of a SyncResponse. */
        interface $Properties {

            /** SyncResponse url */
            url?: (string|null);

            /** SyncResponse error */
            error?: (wandb_internal.ErrorInfo.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a SyncResponse. */
        type $Shape = wandb_internal.SyncResponse.$Properties;
    }

    /**
     * Properties of a ServerInfoRequest.
     * @deprecated Use wandb_internal.ServerInfoRequest.$Properties instead.
     */
    interface IServerInfoRequest extends wandb_internal.ServerInfoRequest.$Properties {
    }

    /** Represents a ServerInfoRequest. */
    class ServerInfoRequest {

        /**
         * Constructs a new ServerInfoRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.ServerInfoRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ServerInfoRequest _info. */
        _info?: (wandb_internal._RequestInfo.$Properties|null);

        /**
         * Creates a new ServerInfoRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ServerInfoRequest instance
         */
        static create(properties: wandb_internal.ServerInfoRequest.$Shape): wandb_internal.ServerInfoRequest & wandb_internal.ServerInfoRequest.$Shape;
        static create(properties?: wandb_internal.ServerInfoRequest.$Properties): wandb_internal.ServerInfoRequest;

        /**
         * Encodes the specified ServerInfoRequest message. Does not implicitly {@link wandb_internal.ServerInfoRequest.verify|verify} messages.
         * @param message ServerInfoRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.ServerInfoRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ServerInfoRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.ServerInfoRequest & wandb_internal.ServerInfoRequest.$Shape} ServerInfoRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.ServerInfoRequest & wandb_internal.ServerInfoRequest.$Shape;
    }

    namespace ServerInfoRequest {

        /** Properties of a ServerInfoRequest. */
        interface $Properties {

            /** ServerInfoRequest _info */
            _info?: (wandb_internal._RequestInfo.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ServerInfoRequest. */
        type $Shape = wandb_internal.ServerInfoRequest.$Properties;
    }

    /**
     * Properties of a ServerInfoResponse.
     * @deprecated Use wandb_internal.ServerInfoResponse.$Properties instead.
     */
    interface IServerInfoResponse extends wandb_internal.ServerInfoResponse.$Properties {
    }

    /** Represents a ServerInfoResponse. */
    class ServerInfoResponse {

        /**
         * Constructs a new ServerInfoResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.ServerInfoResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ServerInfoResponse localInfo. */
        localInfo?: (wandb_internal.LocalInfo.$Properties|null);

        /** ServerInfoResponse serverMessages. */
        serverMessages?: (wandb_internal.ServerMessages.$Properties|null);

        /**
         * Creates a new ServerInfoResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ServerInfoResponse instance
         */
        static create(properties: wandb_internal.ServerInfoResponse.$Shape): wandb_internal.ServerInfoResponse & wandb_internal.ServerInfoResponse.$Shape;
        static create(properties?: wandb_internal.ServerInfoResponse.$Properties): wandb_internal.ServerInfoResponse;

        /**
         * Encodes the specified ServerInfoResponse message. Does not implicitly {@link wandb_internal.ServerInfoResponse.verify|verify} messages.
         * @param message ServerInfoResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.ServerInfoResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ServerInfoResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.ServerInfoResponse & wandb_internal.ServerInfoResponse.$Shape} ServerInfoResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.ServerInfoResponse & wandb_internal.ServerInfoResponse.$Shape;
    }

    namespace ServerInfoResponse {

        /** Properties of a ServerInfoResponse. */
        interface $Properties {

            /** ServerInfoResponse localInfo */
            localInfo?: (wandb_internal.LocalInfo.$Properties|null);

            /** ServerInfoResponse serverMessages */
            serverMessages?: (wandb_internal.ServerMessages.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ServerInfoResponse. */
        type $Shape = wandb_internal.ServerInfoResponse.$Properties;
    }

    /**
     * Properties of a ServerMessages.
     * @deprecated Use wandb_internal.ServerMessages.$Properties instead.
     */
    interface IServerMessages extends wandb_internal.ServerMessages.$Properties {
    }

    /** Represents a ServerMessages. */
    class ServerMessages {

        /**
         * Constructs a new ServerMessages.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.ServerMessages.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ServerMessages item. */
        item: wandb_internal.ServerMessage.$Properties[];

        /**
         * Creates a new ServerMessages instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ServerMessages instance
         */
        static create(properties: wandb_internal.ServerMessages.$Shape): wandb_internal.ServerMessages & wandb_internal.ServerMessages.$Shape;
        static create(properties?: wandb_internal.ServerMessages.$Properties): wandb_internal.ServerMessages;

        /**
         * Encodes the specified ServerMessages message. Does not implicitly {@link wandb_internal.ServerMessages.verify|verify} messages.
         * @param message ServerMessages message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.ServerMessages.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ServerMessages message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.ServerMessages & wandb_internal.ServerMessages.$Shape} ServerMessages
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.ServerMessages & wandb_internal.ServerMessages.$Shape;
    }

    namespace ServerMessages {

        /** Properties of a ServerMessages. */
        interface $Properties {

            /** ServerMessages item */
            item?: (wandb_internal.ServerMessage.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ServerMessages. */
        type $Shape = wandb_internal.ServerMessages.$Properties;
    }

    /**
     * Properties of a ServerMessage.
     * @deprecated Use wandb_internal.ServerMessage.$Properties instead.
     */
    interface IServerMessage extends wandb_internal.ServerMessage.$Properties {
    }

    /** Represents a ServerMessage. */
    class ServerMessage {

        /**
         * Constructs a new ServerMessage.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.ServerMessage.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** ServerMessage plainText. */
        plainText: string;

        /** ServerMessage utfText. */
        utfText: string;

        /** ServerMessage htmlText. */
        htmlText: string;

        /** ServerMessage type. */
        type: string;

        /** ServerMessage level. */
        level: number;

        /**
         * Creates a new ServerMessage instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ServerMessage instance
         */
        static create(properties: wandb_internal.ServerMessage.$Shape): wandb_internal.ServerMessage & wandb_internal.ServerMessage.$Shape;
        static create(properties?: wandb_internal.ServerMessage.$Properties): wandb_internal.ServerMessage;

        /**
         * Encodes the specified ServerMessage message. Does not implicitly {@link wandb_internal.ServerMessage.verify|verify} messages.
         * @param message ServerMessage message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.ServerMessage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ServerMessage message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.ServerMessage & wandb_internal.ServerMessage.$Shape} ServerMessage
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.ServerMessage & wandb_internal.ServerMessage.$Shape;
    }

    namespace ServerMessage {

        /** Properties of a ServerMessage. */
        interface $Properties {

            /** ServerMessage plainText */
            plainText?: (string|null);

            /** ServerMessage utfText */
            utfText?: (string|null);

            /** ServerMessage htmlText */
            htmlText?: (string|null);

            /** ServerMessage type */
            type?: (string|null);

            /** ServerMessage level */
            level?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ServerMessage. */
        type $Shape = wandb_internal.ServerMessage.$Properties;
    }

    /**
     * Properties of a LocalInfo.
     * @deprecated Use wandb_internal.LocalInfo.$Properties instead.
     */
    interface ILocalInfo extends wandb_internal.LocalInfo.$Properties {
    }

    /** Represents a LocalInfo. */
    class LocalInfo {

        /**
         * Constructs a new LocalInfo.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.LocalInfo.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** LocalInfo version. */
        version: string;

        /** LocalInfo outOfDate. */
        outOfDate: boolean;

        /**
         * Creates a new LocalInfo instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LocalInfo instance
         */
        static create(properties: wandb_internal.LocalInfo.$Shape): wandb_internal.LocalInfo & wandb_internal.LocalInfo.$Shape;
        static create(properties?: wandb_internal.LocalInfo.$Properties): wandb_internal.LocalInfo;

        /**
         * Encodes the specified LocalInfo message. Does not implicitly {@link wandb_internal.LocalInfo.verify|verify} messages.
         * @param message LocalInfo message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.LocalInfo.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LocalInfo message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.LocalInfo & wandb_internal.LocalInfo.$Shape} LocalInfo
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.LocalInfo & wandb_internal.LocalInfo.$Shape;
    }

    namespace LocalInfo {

        /** Properties of a LocalInfo. */
        interface $Properties {

            /** LocalInfo version */
            version?: (string|null);

            /** LocalInfo outOfDate */
            outOfDate?: (boolean|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a LocalInfo. */
        type $Shape = wandb_internal.LocalInfo.$Properties;
    }

    /**
     * Properties of a CheckVersionRequest.
     * @deprecated Use wandb_internal.CheckVersionRequest.$Properties instead.
     */
    interface ICheckVersionRequest extends wandb_internal.CheckVersionRequest.$Properties {
    }

    /** Represents a CheckVersionRequest. */
    class CheckVersionRequest {

        /**
         * Constructs a new CheckVersionRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.CheckVersionRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** CheckVersionRequest currentVersion. */
        currentVersion: string;

        /** CheckVersionRequest _info. */
        _info?: (wandb_internal._RequestInfo.$Properties|null);

        /**
         * Creates a new CheckVersionRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns CheckVersionRequest instance
         */
        static create(properties: wandb_internal.CheckVersionRequest.$Shape): wandb_internal.CheckVersionRequest & wandb_internal.CheckVersionRequest.$Shape;
        static create(properties?: wandb_internal.CheckVersionRequest.$Properties): wandb_internal.CheckVersionRequest;

        /**
         * Encodes the specified CheckVersionRequest message. Does not implicitly {@link wandb_internal.CheckVersionRequest.verify|verify} messages.
         * @param message CheckVersionRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.CheckVersionRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a CheckVersionRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.CheckVersionRequest & wandb_internal.CheckVersionRequest.$Shape} CheckVersionRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.CheckVersionRequest & wandb_internal.CheckVersionRequest.$Shape;
    }

    namespace CheckVersionRequest {

        /** Properties of a CheckVersionRequest. */
        interface $Properties {

            /** CheckVersionRequest currentVersion */
            currentVersion?: (string|null);

            /** CheckVersionRequest _info */
            _info?: (wandb_internal._RequestInfo.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a CheckVersionRequest. */
        type $Shape = wandb_internal.CheckVersionRequest.$Properties;
    }

    /**
     * Properties of a CheckVersionResponse.
     * @deprecated Use wandb_internal.CheckVersionResponse.$Properties instead.
     */
    interface ICheckVersionResponse extends wandb_internal.CheckVersionResponse.$Properties {
    }

    /** Represents a CheckVersionResponse. */
    class CheckVersionResponse {

        /**
         * Constructs a new CheckVersionResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.CheckVersionResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** CheckVersionResponse upgradeMessage. */
        upgradeMessage: string;

        /** CheckVersionResponse yankMessage. */
        yankMessage: string;

        /** CheckVersionResponse deleteMessage. */
        deleteMessage: string;

        /**
         * Creates a new CheckVersionResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns CheckVersionResponse instance
         */
        static create(properties: wandb_internal.CheckVersionResponse.$Shape): wandb_internal.CheckVersionResponse & wandb_internal.CheckVersionResponse.$Shape;
        static create(properties?: wandb_internal.CheckVersionResponse.$Properties): wandb_internal.CheckVersionResponse;

        /**
         * Encodes the specified CheckVersionResponse message. Does not implicitly {@link wandb_internal.CheckVersionResponse.verify|verify} messages.
         * @param message CheckVersionResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.CheckVersionResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a CheckVersionResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.CheckVersionResponse & wandb_internal.CheckVersionResponse.$Shape} CheckVersionResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.CheckVersionResponse & wandb_internal.CheckVersionResponse.$Shape;
    }

    namespace CheckVersionResponse {

        /** Properties of a CheckVersionResponse. */
        interface $Properties {

            /** CheckVersionResponse upgradeMessage */
            upgradeMessage?: (string|null);

            /** CheckVersionResponse yankMessage */
            yankMessage?: (string|null);

            /** CheckVersionResponse deleteMessage */
            deleteMessage?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a CheckVersionResponse. */
        type $Shape = wandb_internal.CheckVersionResponse.$Properties;
    }

    /**
     * Properties of a LogArtifactRequest.
     * @deprecated Use wandb_internal.LogArtifactRequest.$Properties instead.
     */
    interface ILogArtifactRequest extends wandb_internal.LogArtifactRequest.$Properties {
    }

    /** Represents a LogArtifactRequest. */
    class LogArtifactRequest {

        /**
         * Constructs a new LogArtifactRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.LogArtifactRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** LogArtifactRequest artifact. */
        artifact?: (wandb_internal.ArtifactRecord.$Properties|null);

        /** LogArtifactRequest historyStep. */
        historyStep: number;

        /** LogArtifactRequest stagingDir. */
        stagingDir: string;

        /** LogArtifactRequest _info. */
        _info?: (wandb_internal._RequestInfo.$Properties|null);

        /**
         * Creates a new LogArtifactRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LogArtifactRequest instance
         */
        static create(properties: wandb_internal.LogArtifactRequest.$Shape): wandb_internal.LogArtifactRequest & wandb_internal.LogArtifactRequest.$Shape;
        static create(properties?: wandb_internal.LogArtifactRequest.$Properties): wandb_internal.LogArtifactRequest;

        /**
         * Encodes the specified LogArtifactRequest message. Does not implicitly {@link wandb_internal.LogArtifactRequest.verify|verify} messages.
         * @param message LogArtifactRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.LogArtifactRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LogArtifactRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.LogArtifactRequest & wandb_internal.LogArtifactRequest.$Shape} LogArtifactRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.LogArtifactRequest & wandb_internal.LogArtifactRequest.$Shape;
    }

    namespace LogArtifactRequest {

        /** Properties of a LogArtifactRequest. */
        interface $Properties {

            /** LogArtifactRequest artifact */
            artifact?: (wandb_internal.ArtifactRecord.$Properties|null);

            /** LogArtifactRequest historyStep */
            historyStep?: (number|null);

            /** LogArtifactRequest stagingDir */
            stagingDir?: (string|null);

            /** LogArtifactRequest _info */
            _info?: (wandb_internal._RequestInfo.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a LogArtifactRequest. */
        type $Shape = wandb_internal.LogArtifactRequest.$Properties;
    }

    /**
     * Properties of a LogArtifactResponse.
     * @deprecated Use wandb_internal.LogArtifactResponse.$Properties instead.
     */
    interface ILogArtifactResponse extends wandb_internal.LogArtifactResponse.$Properties {
    }

    /** Represents a LogArtifactResponse. */
    class LogArtifactResponse {

        /**
         * Constructs a new LogArtifactResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.LogArtifactResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** LogArtifactResponse artifactId. */
        artifactId: string;

        /** LogArtifactResponse errorMessage. */
        errorMessage: string;

        /**
         * Creates a new LogArtifactResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LogArtifactResponse instance
         */
        static create(properties: wandb_internal.LogArtifactResponse.$Shape): wandb_internal.LogArtifactResponse & wandb_internal.LogArtifactResponse.$Shape;
        static create(properties?: wandb_internal.LogArtifactResponse.$Properties): wandb_internal.LogArtifactResponse;

        /**
         * Encodes the specified LogArtifactResponse message. Does not implicitly {@link wandb_internal.LogArtifactResponse.verify|verify} messages.
         * @param message LogArtifactResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.LogArtifactResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LogArtifactResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.LogArtifactResponse & wandb_internal.LogArtifactResponse.$Shape} LogArtifactResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.LogArtifactResponse & wandb_internal.LogArtifactResponse.$Shape;
    }

    namespace LogArtifactResponse {

        /** Properties of a LogArtifactResponse. */
        interface $Properties {

            /** LogArtifactResponse artifactId */
            artifactId?: (string|null);

            /** LogArtifactResponse errorMessage */
            errorMessage?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a LogArtifactResponse. */
        type $Shape = wandb_internal.LogArtifactResponse.$Properties;
    }

    /**
     * Properties of a DownloadArtifactRequest.
     * @deprecated Use wandb_internal.DownloadArtifactRequest.$Properties instead.
     */
    interface IDownloadArtifactRequest extends wandb_internal.DownloadArtifactRequest.$Properties {
    }

    /** Represents a DownloadArtifactRequest. */
    class DownloadArtifactRequest {

        /**
         * Constructs a new DownloadArtifactRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.DownloadArtifactRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** DownloadArtifactRequest artifactId. */
        artifactId: string;

        /** DownloadArtifactRequest downloadRoot. */
        downloadRoot: string;

        /** DownloadArtifactRequest allowMissingReferences. */
        allowMissingReferences: boolean;

        /** DownloadArtifactRequest skipCache. */
        skipCache: boolean;

        /** DownloadArtifactRequest pathPrefix. */
        pathPrefix: string;

        /** DownloadArtifactRequest _info. */
        _info?: (wandb_internal._RequestInfo.$Properties|null);

        /**
         * Creates a new DownloadArtifactRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns DownloadArtifactRequest instance
         */
        static create(properties: wandb_internal.DownloadArtifactRequest.$Shape): wandb_internal.DownloadArtifactRequest & wandb_internal.DownloadArtifactRequest.$Shape;
        static create(properties?: wandb_internal.DownloadArtifactRequest.$Properties): wandb_internal.DownloadArtifactRequest;

        /**
         * Encodes the specified DownloadArtifactRequest message. Does not implicitly {@link wandb_internal.DownloadArtifactRequest.verify|verify} messages.
         * @param message DownloadArtifactRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.DownloadArtifactRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a DownloadArtifactRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.DownloadArtifactRequest & wandb_internal.DownloadArtifactRequest.$Shape} DownloadArtifactRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.DownloadArtifactRequest & wandb_internal.DownloadArtifactRequest.$Shape;
    }

    namespace DownloadArtifactRequest {

        /** Properties of a DownloadArtifactRequest. */
        interface $Properties {

            /** DownloadArtifactRequest artifactId */
            artifactId?: (string|null);

            /** DownloadArtifactRequest downloadRoot */
            downloadRoot?: (string|null);

            /** DownloadArtifactRequest allowMissingReferences */
            allowMissingReferences?: (boolean|null);

            /** DownloadArtifactRequest skipCache */
            skipCache?: (boolean|null);

            /** DownloadArtifactRequest pathPrefix */
            pathPrefix?: (string|null);

            /** DownloadArtifactRequest _info */
            _info?: (wandb_internal._RequestInfo.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a DownloadArtifactRequest. */
        type $Shape = wandb_internal.DownloadArtifactRequest.$Properties;
    }

    /**
     * Properties of a DownloadArtifactResponse.
     * @deprecated Use wandb_internal.DownloadArtifactResponse.$Properties instead.
     */
    interface IDownloadArtifactResponse extends wandb_internal.DownloadArtifactResponse.$Properties {
    }

    /** Represents a DownloadArtifactResponse. */
    class DownloadArtifactResponse {

        /**
         * Constructs a new DownloadArtifactResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.DownloadArtifactResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** DownloadArtifactResponse errorMessage. */
        errorMessage: string;

        /**
         * Creates a new DownloadArtifactResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns DownloadArtifactResponse instance
         */
        static create(properties: wandb_internal.DownloadArtifactResponse.$Shape): wandb_internal.DownloadArtifactResponse & wandb_internal.DownloadArtifactResponse.$Shape;
        static create(properties?: wandb_internal.DownloadArtifactResponse.$Properties): wandb_internal.DownloadArtifactResponse;

        /**
         * Encodes the specified DownloadArtifactResponse message. Does not implicitly {@link wandb_internal.DownloadArtifactResponse.verify|verify} messages.
         * @param message DownloadArtifactResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.DownloadArtifactResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a DownloadArtifactResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.DownloadArtifactResponse & wandb_internal.DownloadArtifactResponse.$Shape} DownloadArtifactResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.DownloadArtifactResponse & wandb_internal.DownloadArtifactResponse.$Shape;
    }

    namespace DownloadArtifactResponse {

        /** Properties of a DownloadArtifactResponse. */
        interface $Properties {

            /** DownloadArtifactResponse errorMessage */
            errorMessage?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a DownloadArtifactResponse. */
        type $Shape = wandb_internal.DownloadArtifactResponse.$Properties;
    }

    /**
     * Properties of a LinkArtifactRequest.
     * @deprecated Use wandb_internal.LinkArtifactRequest.$Properties instead.
     */
    interface ILinkArtifactRequest extends wandb_internal.LinkArtifactRequest.$Properties {
    }

    /** Represents a LinkArtifactRequest. */
    class LinkArtifactRequest {

        /**
         * Constructs a new LinkArtifactRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.LinkArtifactRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** LinkArtifactRequest clientId. */
        clientId: string;

        /** LinkArtifactRequest serverId. */
        serverId: string;

        /** LinkArtifactRequest portfolioName. */
        portfolioName: string;

        /** LinkArtifactRequest portfolioEntity. */
        portfolioEntity: string;

        /** LinkArtifactRequest portfolioProject. */
        portfolioProject: string;

        /** LinkArtifactRequest portfolioAliases. */
        portfolioAliases: string[];

        /** LinkArtifactRequest portfolioOrganization. */
        portfolioOrganization: string;

        /** LinkArtifactRequest _info. */
        _info?: (wandb_internal._RecordInfo.$Properties|null);

        /**
         * Creates a new LinkArtifactRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LinkArtifactRequest instance
         */
        static create(properties: wandb_internal.LinkArtifactRequest.$Shape): wandb_internal.LinkArtifactRequest & wandb_internal.LinkArtifactRequest.$Shape;
        static create(properties?: wandb_internal.LinkArtifactRequest.$Properties): wandb_internal.LinkArtifactRequest;

        /**
         * Encodes the specified LinkArtifactRequest message. Does not implicitly {@link wandb_internal.LinkArtifactRequest.verify|verify} messages.
         * @param message LinkArtifactRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.LinkArtifactRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LinkArtifactRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.LinkArtifactRequest & wandb_internal.LinkArtifactRequest.$Shape} LinkArtifactRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.LinkArtifactRequest & wandb_internal.LinkArtifactRequest.$Shape;
    }

    namespace LinkArtifactRequest {

        /** Properties of a LinkArtifactRequest. */
        interface $Properties {

            /** LinkArtifactRequest clientId */
            clientId?: (string|null);

            /** LinkArtifactRequest serverId */
            serverId?: (string|null);

            /** LinkArtifactRequest portfolioName */
            portfolioName?: (string|null);

            /** LinkArtifactRequest portfolioEntity */
            portfolioEntity?: (string|null);

            /** LinkArtifactRequest portfolioProject */
            portfolioProject?: (string|null);

            /** LinkArtifactRequest portfolioAliases */
            portfolioAliases?: (string[]|null);

            /** LinkArtifactRequest portfolioOrganization */
            portfolioOrganization?: (string|null);

            /** LinkArtifactRequest _info */
            _info?: (wandb_internal._RecordInfo.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a LinkArtifactRequest. */
        type $Shape = wandb_internal.LinkArtifactRequest.$Properties;
    }

    /**
     * Properties of a LinkArtifactResponse.
     * @deprecated Use wandb_internal.LinkArtifactResponse.$Properties instead.
     */
    interface ILinkArtifactResponse extends wandb_internal.LinkArtifactResponse.$Properties {
    }

    /** Represents a LinkArtifactResponse. */
    class LinkArtifactResponse {

        /**
         * Constructs a new LinkArtifactResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.LinkArtifactResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** LinkArtifactResponse errorMessage. */
        errorMessage: string;

        /** LinkArtifactResponse versionIndex. */
        versionIndex?: (number|null);

        /**
         * Creates a new LinkArtifactResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns LinkArtifactResponse instance
         */
        static create(properties: wandb_internal.LinkArtifactResponse.$Shape): wandb_internal.LinkArtifactResponse & wandb_internal.LinkArtifactResponse.$Shape;
        static create(properties?: wandb_internal.LinkArtifactResponse.$Properties): wandb_internal.LinkArtifactResponse;

        /**
         * Encodes the specified LinkArtifactResponse message. Does not implicitly {@link wandb_internal.LinkArtifactResponse.verify|verify} messages.
         * @param message LinkArtifactResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.LinkArtifactResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a LinkArtifactResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.LinkArtifactResponse & wandb_internal.LinkArtifactResponse.$Shape} LinkArtifactResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.LinkArtifactResponse & wandb_internal.LinkArtifactResponse.$Shape;
    }

    namespace LinkArtifactResponse {

        /** Properties of a LinkArtifactResponse. */
        interface $Properties {

            /** LinkArtifactResponse errorMessage */
            errorMessage?: (string|null);

            /** LinkArtifactResponse versionIndex */
            versionIndex?: (number|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a LinkArtifactResponse. */
        type $Shape = wandb_internal.LinkArtifactResponse.$Properties;
    }

    /**
     * Properties of a JobInfoRequest.
     * @deprecated Use wandb_internal.JobInfoRequest.$Properties instead.
     */
    interface IJobInfoRequest extends wandb_internal.JobInfoRequest.$Properties {
    }

    /** Represents a JobInfoRequest. */
    class JobInfoRequest {

        /**
         * Constructs a new JobInfoRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.JobInfoRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** JobInfoRequest _info. */
        _info?: (wandb_internal._RequestInfo.$Properties|null);

        /**
         * Creates a new JobInfoRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns JobInfoRequest instance
         */
        static create(properties: wandb_internal.JobInfoRequest.$Shape): wandb_internal.JobInfoRequest & wandb_internal.JobInfoRequest.$Shape;
        static create(properties?: wandb_internal.JobInfoRequest.$Properties): wandb_internal.JobInfoRequest;

        /**
         * Encodes the specified JobInfoRequest message. Does not implicitly {@link wandb_internal.JobInfoRequest.verify|verify} messages.
         * @param message JobInfoRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.JobInfoRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a JobInfoRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.JobInfoRequest & wandb_internal.JobInfoRequest.$Shape} JobInfoRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.JobInfoRequest & wandb_internal.JobInfoRequest.$Shape;
    }

    namespace JobInfoRequest {

        /** Properties of a JobInfoRequest. */
        interface $Properties {

            /** JobInfoRequest _info */
            _info?: (wandb_internal._RequestInfo.$Properties|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a JobInfoRequest. */
        type $Shape = wandb_internal.JobInfoRequest.$Properties;
    }

    /**
     * Properties of a JobInfoResponse.
     * @deprecated Use wandb_internal.JobInfoResponse.$Properties instead.
     */
    interface IJobInfoResponse extends wandb_internal.JobInfoResponse.$Properties {
    }

    /** Represents a JobInfoResponse. */
    class JobInfoResponse {

        /**
         * Constructs a new JobInfoResponse.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.JobInfoResponse.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** JobInfoResponse sequenceId. */
        sequenceId: string;

        /** JobInfoResponse version. */
        version: string;

        /**
         * Creates a new JobInfoResponse instance using the specified properties.
         * @param [properties] Properties to set
         * @returns JobInfoResponse instance
         */
        static create(properties: wandb_internal.JobInfoResponse.$Shape): wandb_internal.JobInfoResponse & wandb_internal.JobInfoResponse.$Shape;
        static create(properties?: wandb_internal.JobInfoResponse.$Properties): wandb_internal.JobInfoResponse;

        /**
         * Encodes the specified JobInfoResponse message. Does not implicitly {@link wandb_internal.JobInfoResponse.verify|verify} messages.
         * @param message JobInfoResponse message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.JobInfoResponse.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a JobInfoResponse message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.JobInfoResponse & wandb_internal.JobInfoResponse.$Shape} JobInfoResponse
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.JobInfoResponse & wandb_internal.JobInfoResponse.$Shape;
    }

    namespace JobInfoResponse {

        /** Properties of a JobInfoResponse. */
        interface $Properties {

            /** JobInfoResponse sequenceId */
            sequenceId?: (string|null);

            /** JobInfoResponse version */
            version?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a JobInfoResponse. */
        type $Shape = wandb_internal.JobInfoResponse.$Properties;
    }

    /**
     * Properties of a JobInputPath.
     * @deprecated Use wandb_internal.JobInputPath.$Properties instead.
     */
    interface IJobInputPath extends wandb_internal.JobInputPath.$Properties {
    }

    /** Represents a JobInputPath. */
    class JobInputPath {

        /**
         * Constructs a new JobInputPath.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.JobInputPath.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** JobInputPath path. */
        path: string[];

        /**
         * Creates a new JobInputPath instance using the specified properties.
         * @param [properties] Properties to set
         * @returns JobInputPath instance
         */
        static create(properties: wandb_internal.JobInputPath.$Shape): wandb_internal.JobInputPath & wandb_internal.JobInputPath.$Shape;
        static create(properties?: wandb_internal.JobInputPath.$Properties): wandb_internal.JobInputPath;

        /**
         * Encodes the specified JobInputPath message. Does not implicitly {@link wandb_internal.JobInputPath.verify|verify} messages.
         * @param message JobInputPath message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.JobInputPath.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a JobInputPath message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.JobInputPath & wandb_internal.JobInputPath.$Shape} JobInputPath
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.JobInputPath & wandb_internal.JobInputPath.$Shape;
    }

    namespace JobInputPath {

        /** Properties of a JobInputPath. */
        interface $Properties {

            /** JobInputPath path */
            path?: (string[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a JobInputPath. */
        type $Shape = wandb_internal.JobInputPath.$Properties;
    }

    /**
     * Properties of a JobInputSource.
     * @deprecated Use wandb_internal.JobInputSource.$Properties instead.
     */
    interface IJobInputSource extends wandb_internal.JobInputSource.$Properties {
    }

    /** Represents a JobInputSource. */
    class JobInputSource {

        /**
         * Constructs a new JobInputSource.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.JobInputSource.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** JobInputSource runConfig. */
        runConfig?: (wandb_internal.JobInputSource.RunConfigSource.$Properties|null);

        /** JobInputSource file. */
        file?: (wandb_internal.JobInputSource.ConfigFileSource.$Properties|null);

        /** JobInputSource source. */
        source?: ("runConfig"|"file");

        /**
         * Creates a new JobInputSource instance using the specified properties.
         * @param [properties] Properties to set
         * @returns JobInputSource instance
         */
        static create(properties: wandb_internal.JobInputSource.$Shape): wandb_internal.JobInputSource & wandb_internal.JobInputSource.$Shape;
        static create(properties?: wandb_internal.JobInputSource.$Properties): wandb_internal.JobInputSource;

        /**
         * Encodes the specified JobInputSource message. Does not implicitly {@link wandb_internal.JobInputSource.verify|verify} messages.
         * @param message JobInputSource message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.JobInputSource.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a JobInputSource message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.JobInputSource & wandb_internal.JobInputSource.$Shape} JobInputSource
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.JobInputSource & wandb_internal.JobInputSource.$Shape;
    }

    namespace JobInputSource {

        /** Properties of a JobInputSource. */
        interface $Properties {

            /** JobInputSource runConfig */
            runConfig?: (wandb_internal.JobInputSource.RunConfigSource.$Properties|null);

            /** JobInputSource file */
            file?: (wandb_internal.JobInputSource.ConfigFileSource.$Properties|null);

            /** JobInputSource source */
            source?: ("runConfig"|"file");

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Narrowed shape of a JobInputSource. */
        type $Shape = {
          runConfig?: wandb_internal.JobInputSource.RunConfigSource.$Shape|null;
          file?: wandb_internal.JobInputSource.ConfigFileSource.$Shape|null;
          $unknowns?: Uint8Array[];
        } & (
          ({ source?: undefined; runConfig?: null; file?: null }|{ source?: "runConfig"; runConfig: wandb_internal.JobInputSource.RunConfigSource.$Shape; file?: null }|{ source?: "file"; runConfig?: null; file: wandb_internal.JobInputSource.ConfigFileSource.$Shape })
        );

        /**
         * Properties of a RunConfigSource.
         * @deprecated Use wandb_internal.JobInputSource.RunConfigSource.$Properties instead.
         */
        interface IRunConfigSource extends wandb_internal.JobInputSource.RunConfigSource.$Properties {
        }

        /** Represents a RunConfigSource. */
        class RunConfigSource {

            /**
             * Constructs a new RunConfigSource.
             * @param [properties] Properties to set
             */
            constructor(properties?: wandb_internal.JobInputSource.RunConfigSource.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new RunConfigSource instance using the specified properties.
             * @param [properties] Properties to set
             * @returns RunConfigSource instance
             */
            static create(properties: wandb_internal.JobInputSource.RunConfigSource.$Shape): wandb_internal.JobInputSource.RunConfigSource & wandb_internal.JobInputSource.RunConfigSource.$Shape;
            static create(properties?: wandb_internal.JobInputSource.RunConfigSource.$Properties): wandb_internal.JobInputSource.RunConfigSource;

            /**
             * Encodes the specified RunConfigSource message. Does not implicitly {@link wandb_internal.JobInputSource.RunConfigSource.verify|verify} messages.
             * @param message RunConfigSource message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wandb_internal.JobInputSource.RunConfigSource.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a RunConfigSource message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wandb_internal.JobInputSource.RunConfigSource & wandb_internal.JobInputSource.RunConfigSource.$Shape} RunConfigSource
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.JobInputSource.RunConfigSource & wandb_internal.JobInputSource.RunConfigSource.$Shape;
        }

        namespace RunConfigSource {

            /** Properties of a RunConfigSource. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a RunConfigSource. */
            type $Shape = wandb_internal.JobInputSource.RunConfigSource.$Properties;
        }

        /**
         * Properties of a ConfigFileSource.
         * @deprecated Use wandb_internal.JobInputSource.ConfigFileSource.$Properties instead.
         */
        interface IConfigFileSource extends wandb_internal.JobInputSource.ConfigFileSource.$Properties {
        }

        /** Represents a ConfigFileSource. */
        class ConfigFileSource {

            /**
             * Constructs a new ConfigFileSource.
             * @param [properties] Properties to set
             */
            constructor(properties?: wandb_internal.JobInputSource.ConfigFileSource.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** ConfigFileSource path. */
            path: string;

            /**
             * Creates a new ConfigFileSource instance using the specified properties.
             * @param [properties] Properties to set
             * @returns ConfigFileSource instance
             */
            static create(properties: wandb_internal.JobInputSource.ConfigFileSource.$Shape): wandb_internal.JobInputSource.ConfigFileSource & wandb_internal.JobInputSource.ConfigFileSource.$Shape;
            static create(properties?: wandb_internal.JobInputSource.ConfigFileSource.$Properties): wandb_internal.JobInputSource.ConfigFileSource;

            /**
             * Encodes the specified ConfigFileSource message. Does not implicitly {@link wandb_internal.JobInputSource.ConfigFileSource.verify|verify} messages.
             * @param message ConfigFileSource message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wandb_internal.JobInputSource.ConfigFileSource.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a ConfigFileSource message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wandb_internal.JobInputSource.ConfigFileSource & wandb_internal.JobInputSource.ConfigFileSource.$Shape} ConfigFileSource
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.JobInputSource.ConfigFileSource & wandb_internal.JobInputSource.ConfigFileSource.$Shape;
        }

        namespace ConfigFileSource {

            /** Properties of a ConfigFileSource. */
            interface $Properties {

                /** ConfigFileSource path */
                path?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a ConfigFileSource. */
            type $Shape = wandb_internal.JobInputSource.ConfigFileSource.$Properties;
        }
    }

    /**
     * Properties of a JobInputRequest.
     * @deprecated Use wandb_internal.JobInputRequest.$Properties instead.
     */
    interface IJobInputRequest extends wandb_internal.JobInputRequest.$Properties {
    }

    /** Represents a JobInputRequest. */
    class JobInputRequest {

        /**
         * Constructs a new JobInputRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.JobInputRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** JobInputRequest inputSource. */
        inputSource?: (wandb_internal.JobInputSource.$Properties|null);

        /** JobInputRequest includePaths. */
        includePaths: wandb_internal.JobInputPath.$Properties[];

        /** JobInputRequest excludePaths. */
        excludePaths: wandb_internal.JobInputPath.$Properties[];

        /** JobInputRequest inputSchema. */
        inputSchema: string;

        /**
         * Creates a new JobInputRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns JobInputRequest instance
         */
        static create(properties: wandb_internal.JobInputRequest.$Shape): wandb_internal.JobInputRequest & wandb_internal.JobInputRequest.$Shape;
        static create(properties?: wandb_internal.JobInputRequest.$Properties): wandb_internal.JobInputRequest;

        /**
         * Encodes the specified JobInputRequest message. Does not implicitly {@link wandb_internal.JobInputRequest.verify|verify} messages.
         * @param message JobInputRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.JobInputRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a JobInputRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.JobInputRequest & wandb_internal.JobInputRequest.$Shape} JobInputRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.JobInputRequest & wandb_internal.JobInputRequest.$Shape;
    }

    namespace JobInputRequest {

        /** Properties of a JobInputRequest. */
        interface $Properties {

            /** JobInputRequest inputSource */
            inputSource?: (wandb_internal.JobInputSource.$Properties|null);

            /** JobInputRequest includePaths */
            includePaths?: (wandb_internal.JobInputPath.$Properties[]|null);

            /** JobInputRequest excludePaths */
            excludePaths?: (wandb_internal.JobInputPath.$Properties[]|null);

            /** JobInputRequest inputSchema */
            inputSchema?: (string|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a JobInputRequest. */
        type $Shape = {
          inputSource?: wandb_internal.JobInputSource.$Shape|null;
          includePaths?: wandb_internal.JobInputPath.$Shape[]|null;
          excludePaths?: wandb_internal.JobInputPath.$Shape[]|null;
          inputSchema?: string|null;
          $unknowns?: Uint8Array[];
        };
    }

    /**
     * Properties of a PythonPackagesRequest.
     * @deprecated Use wandb_internal.PythonPackagesRequest.$Properties instead.
     */
    interface IPythonPackagesRequest extends wandb_internal.PythonPackagesRequest.$Properties {
    }

    /** Represents a PythonPackagesRequest. */
    class PythonPackagesRequest {

        /**
         * Constructs a new PythonPackagesRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.PythonPackagesRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** PythonPackagesRequest package. */
        package: wandb_internal.PythonPackagesRequest.PythonPackage.$Properties[];

        /**
         * Creates a new PythonPackagesRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns PythonPackagesRequest instance
         */
        static create(properties: wandb_internal.PythonPackagesRequest.$Shape): wandb_internal.PythonPackagesRequest & wandb_internal.PythonPackagesRequest.$Shape;
        static create(properties?: wandb_internal.PythonPackagesRequest.$Properties): wandb_internal.PythonPackagesRequest;

        /**
         * Encodes the specified PythonPackagesRequest message. Does not implicitly {@link wandb_internal.PythonPackagesRequest.verify|verify} messages.
         * @param message PythonPackagesRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.PythonPackagesRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a PythonPackagesRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.PythonPackagesRequest & wandb_internal.PythonPackagesRequest.$Shape} PythonPackagesRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.PythonPackagesRequest & wandb_internal.PythonPackagesRequest.$Shape;
    }

    namespace PythonPackagesRequest {

        /** Properties of a PythonPackagesRequest. */
        interface $Properties {

            /** PythonPackagesRequest package */
            "package"?: (wandb_internal.PythonPackagesRequest.PythonPackage.$Properties[]|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a PythonPackagesRequest. */
        type $Shape = wandb_internal.PythonPackagesRequest.$Properties;

        /**
         * Properties of a PythonPackage.
         * @deprecated Use wandb_internal.PythonPackagesRequest.PythonPackage.$Properties instead.
         */
        interface IPythonPackage extends wandb_internal.PythonPackagesRequest.PythonPackage.$Properties {
        }

        /** Represents a PythonPackage. */
        class PythonPackage {

            /**
             * Constructs a new PythonPackage.
             * @param [properties] Properties to set
             */
            constructor(properties?: wandb_internal.PythonPackagesRequest.PythonPackage.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** PythonPackage name. */
            name: string;

            /** PythonPackage version. */
            version: string;

            /**
             * Creates a new PythonPackage instance using the specified properties.
             * @param [properties] Properties to set
             * @returns PythonPackage instance
             */
            static create(properties: wandb_internal.PythonPackagesRequest.PythonPackage.$Shape): wandb_internal.PythonPackagesRequest.PythonPackage & wandb_internal.PythonPackagesRequest.PythonPackage.$Shape;
            static create(properties?: wandb_internal.PythonPackagesRequest.PythonPackage.$Properties): wandb_internal.PythonPackagesRequest.PythonPackage;

            /**
             * Encodes the specified PythonPackage message. Does not implicitly {@link wandb_internal.PythonPackagesRequest.PythonPackage.verify|verify} messages.
             * @param message PythonPackage message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: wandb_internal.PythonPackagesRequest.PythonPackage.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a PythonPackage message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {wandb_internal.PythonPackagesRequest.PythonPackage & wandb_internal.PythonPackagesRequest.PythonPackage.$Shape} PythonPackage
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.PythonPackagesRequest.PythonPackage & wandb_internal.PythonPackagesRequest.PythonPackage.$Shape;
        }

        namespace PythonPackage {

            /** Properties of a PythonPackage. */
            interface $Properties {

                /** PythonPackage name */
                name?: (string|null);

                /** PythonPackage version */
                version?: (string|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a PythonPackage. */
            type $Shape = wandb_internal.PythonPackagesRequest.PythonPackage.$Properties;
        }
    }

    /**
     * Properties of a ProbeSystemInfoRequest.
     * @deprecated Use wandb_internal.ProbeSystemInfoRequest.$Properties instead.
     */
    interface IProbeSystemInfoRequest extends wandb_internal.ProbeSystemInfoRequest.$Properties {
    }

    /** Represents a ProbeSystemInfoRequest. */
    class ProbeSystemInfoRequest {

        /**
         * Constructs a new ProbeSystemInfoRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.ProbeSystemInfoRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /**
         * Creates a new ProbeSystemInfoRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns ProbeSystemInfoRequest instance
         */
        static create(properties: wandb_internal.ProbeSystemInfoRequest.$Shape): wandb_internal.ProbeSystemInfoRequest & wandb_internal.ProbeSystemInfoRequest.$Shape;
        static create(properties?: wandb_internal.ProbeSystemInfoRequest.$Properties): wandb_internal.ProbeSystemInfoRequest;

        /**
         * Encodes the specified ProbeSystemInfoRequest message. Does not implicitly {@link wandb_internal.ProbeSystemInfoRequest.verify|verify} messages.
         * @param message ProbeSystemInfoRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.ProbeSystemInfoRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a ProbeSystemInfoRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.ProbeSystemInfoRequest & wandb_internal.ProbeSystemInfoRequest.$Shape} ProbeSystemInfoRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.ProbeSystemInfoRequest & wandb_internal.ProbeSystemInfoRequest.$Shape;
    }

    namespace ProbeSystemInfoRequest {

        /** Properties of a ProbeSystemInfoRequest. */
        interface $Properties {

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a ProbeSystemInfoRequest. */
        type $Shape = wandb_internal.ProbeSystemInfoRequest.$Properties;
    }

    /**
     * Properties of a MetadataRequest.
     * @deprecated Use wandb_internal.MetadataRequest.$Properties instead.
     */
    interface IMetadataRequest extends wandb_internal.MetadataRequest.$Properties {
    }

    /** Represents a MetadataRequest. */
    class MetadataRequest {

        /**
         * Constructs a new MetadataRequest.
         * @param [properties] Properties to set
         */
        constructor(properties?: wandb_internal.MetadataRequest.$Properties);

        /** Unknown fields preserved while decoding when enabled */
        $unknowns?: Uint8Array[];

        /** MetadataRequest os. */
        os: string;

        /** MetadataRequest python. */
        python: string;

        /** MetadataRequest heartbeatAt. */
        heartbeatAt?: (google.protobuf.Timestamp.$Properties|null);

        /** MetadataRequest startedAt. */
        startedAt?: (google.protobuf.Timestamp.$Properties|null);

        /** MetadataRequest docker. */
        docker: string;

        /** MetadataRequest cuda. */
        cuda: string;

        /** MetadataRequest args. */
        args: string[];

        /** MetadataRequest state. */
        state: string;

        /** MetadataRequest program. */
        program: string;

        /** MetadataRequest codePath. */
        codePath: string;

        /** MetadataRequest git. */
        git?: (wandb_internal.GitRepoRecord.$Properties|null);

        /** MetadataRequest email. */
        email: string;

        /** MetadataRequest root. */
        root: string;

        /** MetadataRequest host. */
        host: string;

        /** MetadataRequest username. */
        username: string;

        /** MetadataRequest executable. */
        executable: string;

        /** MetadataRequest codePathLocal. */
        codePathLocal: string;

        /** MetadataRequest colab. */
        colab: string;

        /** MetadataRequest cpuCount. */
        cpuCount: number;

        /** MetadataRequest cpuCountLogical. */
        cpuCountLogical: number;

        /** MetadataRequest gpuType. */
        gpuType: string;

        /** MetadataRequest gpuCount. */
        gpuCount: number;

        /** MetadataRequest disk. */
        disk: { [k: string]: wandb_internal.DiskInfo.$Properties };

        /** MetadataRequest memory. */
        memory?: (wandb_internal.MemoryInfo.$Properties|null);

        /** MetadataRequest cpu. */
        cpu?: (wandb_internal.CpuInfo.$Properties|null);

        /** MetadataRequest gpuApple. */
        gpuApple?: (wandb_internal.GpuAppleInfo.$Properties|null);

        /** MetadataRequest gpuNvidia. */
        gpuNvidia: wandb_internal.GpuNvidiaInfo.$Properties[];

        /** MetadataRequest gpuAmd. */
        gpuAmd: wandb_internal.GpuAmdInfo.$Properties[];

        /** MetadataRequest slurm. */
        slurm: { [k: string]: string };

        /**
         * Creates a new MetadataRequest instance using the specified properties.
         * @param [properties] Properties to set
         * @returns MetadataRequest instance
         */
        static create(properties: wandb_internal.MetadataRequest.$Shape): wandb_internal.MetadataRequest & wandb_internal.MetadataRequest.$Shape;
        static create(properties?: wandb_internal.MetadataRequest.$Properties): wandb_internal.MetadataRequest;

        /**
         * Encodes the specified MetadataRequest message. Does not implicitly {@link wandb_internal.MetadataRequest.verify|verify} messages.
         * @param message MetadataRequest message or plain object to encode
         * @param [writer] Writer to encode to
         * @returns Writer
         */
        static encode(message: wandb_internal.MetadataRequest.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

        /**
         * Decodes a MetadataRequest message from the specified reader or buffer.
         * @param reader Reader or buffer to decode from
         * @param [length] Message length if known beforehand
         * @returns {wandb_internal.MetadataRequest & wandb_internal.MetadataRequest.$Shape} MetadataRequest
         * @throws {Error} If the payload is not a reader or valid buffer
         * @throws {$protobuf.util.ProtocolError} If required fields are missing
         */
        static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): wandb_internal.MetadataRequest & wandb_internal.MetadataRequest.$Shape;
    }

    namespace MetadataRequest {

        /** Properties of a MetadataRequest. */
        interface $Properties {

            /** MetadataRequest os */
            os?: (string|null);

            /** MetadataRequest python */
            python?: (string|null);

            /** MetadataRequest heartbeatAt */
            heartbeatAt?: (google.protobuf.Timestamp.$Properties|null);

            /** MetadataRequest startedAt */
            startedAt?: (google.protobuf.Timestamp.$Properties|null);

            /** MetadataRequest docker */
            docker?: (string|null);

            /** MetadataRequest cuda */
            cuda?: (string|null);

            /** MetadataRequest args */
            args?: (string[]|null);

            /** MetadataRequest state */
            state?: (string|null);

            /** MetadataRequest program */
            program?: (string|null);

            /** MetadataRequest codePath */
            codePath?: (string|null);

            /** MetadataRequest git */
            git?: (wandb_internal.GitRepoRecord.$Properties|null);

            /** MetadataRequest email */
            email?: (string|null);

            /** MetadataRequest root */
            root?: (string|null);

            /** MetadataRequest host */
            host?: (string|null);

            /** MetadataRequest username */
            username?: (string|null);

            /** MetadataRequest executable */
            executable?: (string|null);

            /** MetadataRequest codePathLocal */
            codePathLocal?: (string|null);

            /** MetadataRequest colab */
            colab?: (string|null);

            /** MetadataRequest cpuCount */
            cpuCount?: (number|null);

            /** MetadataRequest cpuCountLogical */
            cpuCountLogical?: (number|null);

            /** MetadataRequest gpuType */
            gpuType?: (string|null);

            /** MetadataRequest gpuCount */
            gpuCount?: (number|null);

            /** MetadataRequest disk */
            disk?: ({ [k: string]: wandb_internal.DiskInfo.$Properties }|null);

            /** MetadataRequest memory */
            memory?: (wandb_internal.MemoryInfo.$Properties|null);

            /** MetadataRequest cpu */
            cpu?: (wandb_internal.CpuInfo.$Properties|null);

            /** MetadataRequest gpuApple */
            gpuApple?: (wandb_internal.GpuAppleInfo.$Properties|null);

            /** MetadataRequest gpuNvidia */
            gpuNvidia?: (wandb_internal.GpuNvidiaInfo.$Properties[]|null);

            /** MetadataRequest gpuAmd */
            gpuAmd?: (wandb_internal.GpuAmdInfo.$Properties[]|null);

            /** MetadataRequest slurm */
            slurm?: ({ [k: string]: string }|null);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];
        }

        /** Shape of a MetadataRequest. */
        type $Shape = wandb_internal.MetadataRequest.$Properties;
    }
}

/** Namespace google. */
export namespace google {

    /** Namespace protobuf. */
    namespace protobuf {

        /**
         * Properties of an Empty.
         * @deprecated Use google.protobuf.Empty.$Properties instead.
         */
        interface IEmpty extends google.protobuf.Empty.$Properties {
        }

        /** Represents an Empty. */
        class Empty {

            /**
             * Constructs a new Empty.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.Empty.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /**
             * Creates a new Empty instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Empty instance
             */
            static create(properties: google.protobuf.Empty.$Shape): google.protobuf.Empty & google.protobuf.Empty.$Shape;
            static create(properties?: google.protobuf.Empty.$Properties): google.protobuf.Empty;

            /**
             * Encodes the specified Empty message. Does not implicitly {@link google.protobuf.Empty.verify|verify} messages.
             * @param message Empty message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.protobuf.Empty.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes an Empty message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.protobuf.Empty & google.protobuf.Empty.$Shape} Empty
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Empty & google.protobuf.Empty.$Shape;
        }

        namespace Empty {

            /** Properties of an Empty. */
            interface $Properties {

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of an Empty. */
            type $Shape = google.protobuf.Empty.$Properties;
        }

        /**
         * Properties of a Timestamp.
         * @deprecated Use google.protobuf.Timestamp.$Properties instead.
         */
        interface ITimestamp extends google.protobuf.Timestamp.$Properties {
        }

        /** Represents a Timestamp. */
        class Timestamp {

            /**
             * Constructs a new Timestamp.
             * @param [properties] Properties to set
             */
            constructor(properties?: google.protobuf.Timestamp.$Properties);

            /** Unknown fields preserved while decoding when enabled */
            $unknowns?: Uint8Array[];

            /** Timestamp seconds. */
            seconds: number;

            /** Timestamp nanos. */
            nanos: number;

            /**
             * Creates a new Timestamp instance using the specified properties.
             * @param [properties] Properties to set
             * @returns Timestamp instance
             */
            static create(properties: google.protobuf.Timestamp.$Shape): google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape;
            static create(properties?: google.protobuf.Timestamp.$Properties): google.protobuf.Timestamp;

            /**
             * Encodes the specified Timestamp message. Does not implicitly {@link google.protobuf.Timestamp.verify|verify} messages.
             * @param message Timestamp message or plain object to encode
             * @param [writer] Writer to encode to
             * @returns Writer
             */
            static encode(message: google.protobuf.Timestamp.$Properties, writer?: $protobuf.Writer): $protobuf.Writer;

            /**
             * Decodes a Timestamp message from the specified reader or buffer.
             * @param reader Reader or buffer to decode from
             * @param [length] Message length if known beforehand
             * @returns {google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape} Timestamp
             * @throws {Error} If the payload is not a reader or valid buffer
             * @throws {$protobuf.util.ProtocolError} If required fields are missing
             */
            static decode(reader: ($protobuf.Reader|Uint8Array), length?: number): google.protobuf.Timestamp & google.protobuf.Timestamp.$Shape;
        }

        namespace Timestamp {

            /** Properties of a Timestamp. */
            interface $Properties {

                /** Timestamp seconds */
                seconds?: (number|null);

                /** Timestamp nanos */
                nanos?: (number|null);

                /** Unknown fields preserved while decoding when enabled */
                $unknowns?: Uint8Array[];
            }

            /** Shape of a Timestamp. */
            type $Shape = google.protobuf.Timestamp.$Properties;
        }
    }
}
